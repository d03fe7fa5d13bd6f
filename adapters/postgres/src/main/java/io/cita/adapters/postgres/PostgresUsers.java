package io.cita.adapters.postgres;

import io.cita.application.port.out.Users;
import io.cita.application.port.query.Membership;
import io.cita.application.port.query.UserAccount;
import io.cita.domain.access.Role;
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
        return tx.read(c -> Sql.one(c, PostgresUsers::user,
                "SELECT id, email, password_hash, first_name, last_name, created_at FROM users "
                        + "WHERE email = ? AND is_active", email));
    }

    @Override
    public List<Membership> memberships(String userId) {
        return tx.read(c -> Sql.query(c, PostgresUsers::membership,
                "SELECT tenant_id, user_id, role, resource_id FROM tenant_users WHERE user_id = ? ORDER BY tenant_id", userId));
    }

    @Override
    public Optional<Membership> membership(String tenantId, String userId) {
        return tx.read(c -> Sql.one(c, PostgresUsers::membership,
                "SELECT tenant_id, user_id, role, resource_id FROM tenant_users WHERE tenant_id = ? AND user_id = ?", tenantId, userId));
    }

    @Override
    public Optional<UserAccount> find(String userId) {
        return tx.read(c -> Sql.one(c, PostgresUsers::user, "SELECT id, email, password_hash, first_name, last_name, "
                + "created_at FROM users WHERE id = ?", userId));
    }

    @Override
    public boolean isSuperAdmin(String userId) {
        return tx.read(c -> Sql.one(c, rs -> rs.getBoolean(1), "SELECT is_superuser FROM users WHERE id = ? AND is_active",
                userId)).orElse(false);
    }

    @Override
    public void saveSuperAdmin(UserAccount admin) {
        tx.write(c -> Sql.update(c, "INSERT INTO users (id, email, password_hash, first_name, last_name, is_superuser, "
                        + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, TRUE, ?, ?) "
                        + "ON CONFLICT (email) DO UPDATE SET is_superuser = TRUE, password_hash = EXCLUDED.password_hash",
                admin.id(), admin.email().value(), admin.passwordHash(), admin.firstName(), admin.lastName(),
                admin.createdAt(), admin.createdAt()));
    }

    static UserAccount user(ResultSet rs) throws SQLException {
        return new UserAccount(rs.getString("id"), new EmailAddress(rs.getString("email")),
                rs.getString("password_hash"), rs.getString("first_name"), rs.getString("last_name"),
                Sql.instant(rs, "created_at"));
    }

    static Membership membership(ResultSet rs) throws SQLException {
        return new Membership(rs.getString("tenant_id"), rs.getString("user_id"),
                Sql.upper(Role.class, rs.getString("role")), rs.getString("resource_id"));
    }
}
