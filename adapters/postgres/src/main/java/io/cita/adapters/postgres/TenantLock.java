package io.cita.adapters.postgres;

import io.cita.domain.plan.Limit;
import java.sql.Connection;

/** Serialises a tenant's limit-checked writes by locking its row for the rest of the transaction. */
final class TenantLock {
    private TenantLock() {
    }

    static void lock(Connection connection, String tenantId) {
        Sql.query(connection, rs -> rs.getString(1), "SELECT id FROM tenants WHERE id = ? FOR UPDATE", tenantId);
    }

    /** Whether one more active row fits {@code limit}, counting (under the tenant's lock) only when it is bounded. */
    static boolean fits(Connection connection, Limit limit, String countSql, Object... params) {
        if (limit.isUnlimited()) {
            return true;
        }
        return limit.allowsOneMore(Sql.one(connection, rs -> rs.getLong(1), countSql, params).orElse(0L));
    }
}
