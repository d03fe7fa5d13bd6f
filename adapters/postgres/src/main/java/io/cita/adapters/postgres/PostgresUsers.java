package io.cita.adapters.postgres;

import io.cita.application.port.out.Membership;
import io.cita.application.port.out.UserAccount;
import io.cita.application.port.out.Users;
import io.cita.domain.shared.EmailAddress;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** User accounts and memberships in seed 001's users and tenant_users tables. */
@Singleton
@Requires(env = "postgres")
public class PostgresUsers implements Users {
    private final PostgresTransactions tx;

    public PostgresUsers(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<UserAccount> findByEmail(String email) {
        return tx.read(c -> Sql.one(c, rs -> new UserAccount(rs.getString("id"), new EmailAddress(rs.getString("email")),
                        rs.getString("password_hash"), rs.getString("first_name"), rs.getString("last_name"),
                        Sql.instant(rs, "created_at")),
                "SELECT id, email, password_hash, first_name, last_name, created_at FROM users "
                        + "WHERE email = ? AND is_active", email));
    }

    @Override
    public List<Membership> memberships(String userId) {
        return tx.read(c -> Sql.query(c, PostgresUsers::membership,
                "SELECT tenant_id, user_id, role FROM tenant_users WHERE user_id = ? ORDER BY tenant_id", userId));
    }

    @Override
    public Optional<Membership> membership(String tenantId, String userId) {
        return tx.read(c -> Sql.one(c, PostgresUsers::membership,
                "SELECT tenant_id, user_id, role FROM tenant_users WHERE tenant_id = ? AND user_id = ?", tenantId, userId));
    }

    private static Membership membership(ResultSet rs) throws SQLException {
        return new Membership(rs.getString("tenant_id"), rs.getString("user_id"),
                Sql.upper(Membership.Role.class, rs.getString("role")));
    }
}
