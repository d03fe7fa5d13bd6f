package io.cita.adapters.postgres;

import java.sql.Connection;

/** Serialises a tenant's limit-checked writes by locking its row for the rest of the transaction. */
final class TenantLock {
    private TenantLock() {
    }

    static void lock(Connection connection, String tenantId) {
        Sql.query(connection, rs -> rs.getString(1), "SELECT id FROM tenants WHERE id = ? FOR UPDATE", tenantId);
    }

    /** Whether one more active row fits under {@code limit} (-1: unlimited) given the current count. */
    static boolean fits(Connection connection, int limit, String countSql, Object... params) {
        if (limit < 0) {
            return true;
        }
        long count = Sql.one(connection, rs -> rs.getLong(1), countSql, params).orElse(0L);
        return count < limit;
    }
}
