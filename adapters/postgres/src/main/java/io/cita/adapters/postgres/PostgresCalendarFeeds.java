package io.cita.adapters.postgres;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.CalendarFeeds;
import io.cita.domain.resource.CalendarFeed;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Calendar feeds in calendar_feeds, one per resource: a new one replaces the old in the same transaction. */
@Singleton
@Requires(env = "postgres")
public class PostgresCalendarFeeds implements CalendarFeeds {
    private final PostgresTransactions tx;

    public PostgresCalendarFeeds(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void replace(CalendarFeed feed, AuditRecord audit) {
        tx.write(c -> {
            Sql.update(c, "DELETE FROM calendar_feeds WHERE tenant_id = ? AND resource_id = ?", feed.tenantId(),
                    feed.resourceId());
            Sql.update(c, "INSERT INTO calendar_feeds (id, tenant_id, resource_id, secret_hash, created_at) "
                    + "VALUES (?, ?, ?, ?, ?)", feed.id(), feed.tenantId(), feed.resourceId(), feed.secretHash(),
                    feed.createdAt());
            PostgresAuditLog.insert(c, audit);
            return null;
        });
    }

    @Override
    public boolean revoke(String tenantId, String resourceId, AuditRecord audit) {
        return tx.write(c -> {
            int removed = Sql.update(c, "DELETE FROM calendar_feeds WHERE tenant_id = ? AND resource_id = ?",
                    tenantId, resourceId);
            if (removed == 1) {
                PostgresAuditLog.insert(c, audit);
            }
            return removed == 1;
        });
    }

    @Override
    public Optional<CalendarFeed> find(String feedId) {
        return tx.read(c -> Sql.one(c, rs -> new CalendarFeed(rs.getString("id"), rs.getString("tenant_id"),
                rs.getString("resource_id"), rs.getString("secret_hash"), Sql.instant(rs, "created_at")),
                "SELECT * FROM calendar_feeds WHERE id = ?", feedId));
    }
}
