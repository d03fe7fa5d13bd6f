package io.cita.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.CalendarFeeds;
import io.cita.domain.resource.CalendarFeed;
import io.cita.domain.resource.ResourceType;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.tenant.Tenant;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Contract of calendar feeds: found by id from any tenant, one per resource (a new one removes the old), revoked
 * once, each change with its audit entry in the same step.
 */
public abstract class AbstractCalendarFeedsContractTest extends PersistenceContract {
    protected abstract CalendarFeeds feeds();

    private static CalendarFeed feed(Tenant tenant, String resourceId) {
        return new CalendarFeed(id(IdPrefix.CALENDAR_FEED), tenant.id(), resourceId, "hash-" + id(IdPrefix.AUDIT),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void aResourceHasOneFeed_aNewOneReplacesTheOld_andARevokedOneIsGone() {
        Tenant tenant = newTenant();
        String resource = newResource(tenant, ResourceType.STAFF, Set.of()).id();
        String other = newResource(tenant, ResourceType.STAFF, Set.of()).id();
        CalendarFeed first = feed(tenant, resource);
        CalendarFeed elsewhere = feed(tenant, other);
        AuditRecord created = audit(tenant.id(), "calendar_feed.created", resource, null, null);
        feeds().replace(first, created);
        feeds().replace(elsewhere, null);
        assertThat(feeds().find(first.id())).contains(first);
        assertThat(auditIds(tenant.id())).contains(created.entry().id());

        CalendarFeed second = feed(tenant, resource);
        feeds().replace(second, null);
        assertThat(feeds().find(first.id())).isEmpty();
        assertThat(feeds().find(second.id())).contains(second);

        AuditRecord revoked = audit(tenant.id(), "calendar_feed.revoked", resource, null, null);
        assertThat(feeds().revoke(tenant.id(), resource, revoked)).isTrue();
        assertThat(feeds().find(second.id())).isEmpty();
        assertThat(auditIds(tenant.id())).contains(revoked.entry().id());
        AuditRecord again = audit(tenant.id(), "calendar_feed.revoked", resource, null, null);
        assertThat(feeds().revoke(tenant.id(), resource, again)).isFalse();
        assertThat(auditIds(tenant.id())).doesNotContain(again.entry().id());
        assertThat(feeds().find(elsewhere.id())).contains(elsewhere);
    }
}
