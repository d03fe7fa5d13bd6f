package io.cita.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.NotificationTemplates;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.delivery.Delivery;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.delivery.DeliveryStatus;
import io.cita.domain.delivery.EventType;
import io.cita.domain.delivery.RetrySchedule;
import io.cita.domain.delivery.WebhookEndpoint;
import io.cita.domain.notification.MessageTemplate;
import io.cita.domain.notification.NotificationKind;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Contract of deliveries, webhook endpoints and a tenant's own notification templates: a delivery is queued once
 * however often it is enqueued, is claimed when due by one instance under a lease, keeps its state through each save,
 * and is listed (newest first: ids sort by the time of the change) and found by its tenant.
 */
public abstract class AbstractDeliveriesContractTest extends PersistenceContract {
    /** Shorter than the first retry delay (5 s), so a test can stand after the lease and before the retry. */
    private static final Duration LEASE = Duration.ofSeconds(2);

    protected abstract DispatchStores dispatchStores();

    private static Delivery queued(Tenant tenant, Instant at) {
        return Delivery.queued("dlv_" + UUID.randomUUID().toString().replace("-", ""), tenant.id(),
                "evt_" + UUID.randomUUID(), DeliveryChannel.WEBHOOK, "whe_x", EventType.BOOKING_CREATED,
                "{\"type\":\"booking.created\"}", at);
    }

    /** Claims due deliveries until one of {@code wanted} shows up (the queue is shared by every test). */
    private List<Delivery> claimMine(String owner, Instant now, List<String> wanted) {
        for (int round = 0; round < 100; round++) {
            List<Delivery> claimed = dispatchStores().deliveries().claimDue(owner, now, LEASE, 100);
            List<Delivery> mine = claimed.stream().filter(d -> wanted.contains(d.id())).toList();
            if (!mine.isEmpty() || claimed.isEmpty()) {
                return mine;
            }
        }
        return List.of();
    }

    @Test
    void aDeliveryIsQueuedOnce_claimedWhenDue_underALease_andKeepsItsStateThroughSaves() {
        Tenant tenant = newTenant();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Delivery delivery = queued(tenant, now);
        dispatchStores().deliveries().enqueue(List.of(delivery));
        dispatchStores().deliveries().enqueue(List.of(delivery.sent("again", now)));

        List<Delivery> claimed = claimMine("instance-a", now, List.of(delivery.id()));
        assertThat(claimed).containsExactly(delivery);
        assertThat(claimMine("instance-b", now, List.of(delivery.id()))).as("while the lease runs").isEmpty();

        Delivery failed = delivery.sending(now).failed("503 from the receiver", RetrySchedule.WEBHOOKS, 0, null, now);
        dispatchStores().deliveries().save(failed);
        assertThat(dispatchStores().deliveries().find(tenant.id(), delivery.id())).contains(failed);
        Instant afterLease = now.plus(LEASE).plusSeconds(1);
        assertThat(claimMine("instance-b", afterLease, List.of(delivery.id()))).as("before its next attempt").isEmpty();
        assertThat(claimMine("instance-b", failed.nextAttemptAt().plusSeconds(1), List.of(delivery.id())))
                .containsExactly(failed);

        Delivery sent = failed.sending(now).sent("msg-1", now);
        dispatchStores().deliveries().save(sent);
        assertThat(claimMine("instance-c", now.plus(Duration.ofDays(3)), List.of(delivery.id()))).isEmpty();
        assertThat(dispatchStores().deliveries().find(tenant.id(), delivery.id())).contains(sent);
        assertThat(dispatchStores().deliveries().find(newTenant().id(), delivery.id())).isEmpty();
    }

    @Test
    void savingAnOutcomeReleasesTheClaim_soTheRetryIsDueAtItsNextAttemptNotAtTheLeasesEnd() {
        Tenant tenant = newTenant();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Delivery delivery = queued(tenant, now);
        dispatchStores().deliveries().enqueue(List.of(delivery));
        for (int round = 0; round < 100; round++) {
            List<Delivery> claimed = dispatchStores().deliveries().claimDue("instance-a", now, Duration.ofHours(1),
                    100);
            if (claimed.isEmpty() || claimed.stream().anyMatch(d -> d.id().equals(delivery.id()))) {
                break;
            }
        }
        Delivery sending = delivery.sending(now);
        dispatchStores().deliveries().save(sending);
        assertThat(claimMine("instance-b", now.plusSeconds(60), List.of(delivery.id())))
                .as("SENDING keeps its claim").isEmpty();

        Delivery failed = sending.failed("timeout", RetrySchedule.WEBHOOKS, 0, null, now);
        dispatchStores().deliveries().save(failed);
        assertThat(claimMine("instance-b", failed.nextAttemptAt().plusSeconds(1), List.of(delivery.id())))
                .containsExactly(failed);
    }

    @Test
    void aTenantsDeliveriesAreListedByStatusAndChannel() {
        Tenant tenant = newTenant();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Delivery first = queued(tenant, now);
        Delivery second = queued(tenant, now);
        dispatchStores().deliveries().enqueue(List.of(first, second));
        Delivery dead = second.dead("endpoint gone (410), now disabled", "410", now);
        dispatchStores().deliveries().save(dead);

        assertThat(dispatchStores().deliveries().list(tenant.id(), null, null, new PageRequest(1, null)).nextCursor())
                .isNotNull();
        assertThat(dispatchStores().deliveries().list(tenant.id(), null, DeliveryChannel.WEBHOOK,
                new PageRequest(50, null)).items()).containsExactlyInAnyOrder(first, dead);
        Delivery later = Delivery.queued("dlv_zzzzzzzzz" + UUID.randomUUID().toString().replace("-", "")
                .substring(0, 24), tenant.id(), "evt_later", DeliveryChannel.WEBHOOK, "whe_x",
                EventType.BOOKING_CREATED, "{}", now);
        dispatchStores().deliveries().enqueue(List.of(later));
        List<Delivery> newestFirst = new ArrayList<>();
        PageRequest pageOfOne = new PageRequest(1, null);
        for (int i = 0; i < 5 && pageOfOne != null; i++) {
            Page<Delivery> page = dispatchStores().deliveries().list(tenant.id(), null, null, pageOfOne);
            newestFirst.addAll(page.items());
            pageOfOne = page.nextCursor() == null ? null : new PageRequest(1, page.nextCursor());
        }
        assertThat(newestFirst).extracting(Delivery::id).startsWith(later.id()).hasSize(3)
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(dispatchStores().deliveries().list(tenant.id(), DeliveryStatus.DEAD, null, new PageRequest(50, null))
                .items()).containsExactly(dead);
        assertThat(dispatchStores().deliveries().list(tenant.id(), null, DeliveryChannel.SMS, new PageRequest(50, null))
                .items()).isEmpty();
    }

    @Test
    void webhookEndpointsAreSavedChangedAndListedPerTenant_withTheirAuditEntries() {
        Tenant tenant = newTenant();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        WebhookEndpoint endpoint = WebhookEndpoint.of(id(IdPrefix.WEBHOOK_ENDPOINT), tenant.id(),
                "https://hooks.example.com/cita", Set.of(EventType.BOOKING_CREATED, EventType.BOOKING_CANCELLED),
                "whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQ=", now);
        AuditRecord created = audit(tenant.id(), "webhook_endpoint.created", endpoint.id(), null, endpoint.url());
        dispatchStores().endpoints().save(endpoint, created);
        WebhookEndpoint rotated = endpoint.rotated("whsec_bmV3LW5ldy1uZXctbmV3LW5ldy1uZXc=", now, Duration.ofHours(24));
        dispatchStores().endpoints().save(rotated, null);
        assertThat(dispatchStores().endpoints().find(tenant.id(), endpoint.id())).contains(rotated);
        WebhookEndpoint disabled = rotated.disabled("answered 410 Gone");
        dispatchStores().endpoints().save(disabled, null);
        assertThat(auditIds(tenant.id())).containsExactly(created.entry().id());

        assertThat(dispatchStores().endpoints().find(tenant.id(), endpoint.id())).contains(disabled);
        assertThat(dispatchStores().endpoints().list(tenant.id())).containsExactly(disabled);
        assertThat(dispatchStores().endpoints().list(newTenant().id())).isEmpty();
        assertThat(dispatchStores().endpoints().find(newTenant().id(), endpoint.id())).isEmpty();
    }

    @Test
    void aTenantsOwnTemplatesAreSavedReplacedAndDeleted_eachWithItsAuditEntry() {
        Tenant tenant = newTenant();
        MessageTemplate first = new MessageTemplate(NotificationKind.BOOKING_CONFIRMED, "See you, {{client.firstName}}",
                "<p>{{service.name}} at {{start.local}}</p>");
        MessageTemplate second = new MessageTemplate(NotificationKind.BOOKING_CONFIRMED, "Confirmed",
                "<p>{{reference}}</p>");
        AuditRecord saved = audit(tenant.id(), "notification_template.saved", "BOOKING_CONFIRMED/EN", null, "first");
        dispatchStores().templates().save(tenant.id(), Language.EN, first, saved);
        dispatchStores().templates().save(tenant.id(), Language.EN, second, null);

        assertThat(dispatchStores().templates().find(tenant.id(), NotificationKind.BOOKING_CONFIRMED, Language.EN))
                .contains(second);
        assertThat(dispatchStores().templates().find(tenant.id(), NotificationKind.BOOKING_CONFIRMED, Language.ES))
                .isEmpty();
        assertThat(dispatchStores().templates().list(tenant.id()))
                .containsExactly(new NotificationTemplates.Stored(Language.EN, second));
        assertThat(dispatchStores().templates().list(newTenant().id())).isEmpty();
        AuditRecord reset = audit(tenant.id(), "notification_template.reset", "BOOKING_CONFIRMED/EN", "second", null);
        assertThat(dispatchStores().templates().delete(tenant.id(), NotificationKind.BOOKING_CONFIRMED, Language.EN,
                reset)).isTrue();
        assertThat(dispatchStores().templates().delete(tenant.id(), NotificationKind.BOOKING_CONFIRMED, Language.EN,
                audit(tenant.id(), "notification_template.reset", "BOOKING_CONFIRMED/EN", null, null)))
                .as("nothing to delete, so no entry").isFalse();
        assertThat(dispatchStores().templates().list(tenant.id())).isEmpty();
        assertThat(auditIds(tenant.id())).containsExactlyInAnyOrder(saved.entry().id(), reset.entry().id());
    }
}
