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
    /**
     * Whether storing row {@code id} of {@code table} as active makes one more active row: it is not active now. A row
     * that is active already may be changed when the tenant is above its limit (after a downgrade).
     */
    static boolean activates(Connection connection, String table, String tenantId, String id) {
        return !Sql.one(connection, rs -> rs.getBoolean(1), "SELECT is_active FROM " + table
                + " WHERE tenant_id = ? AND id = ?", tenantId, id).orElse(false);
    }

    static boolean fits(Connection connection, Limit limit, String countSql, Object... params) {
        if (limit.isUnlimited()) {
            return true;
        }
        return limit.allowsOneMore(Sql.one(connection, rs -> rs.getLong(1), countSql, params).orElse(0L));
    }
}
