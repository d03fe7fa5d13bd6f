package io.cita.adapters.postgres;

import io.cita.application.error.ConflictException;
import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.Members;
import io.cita.application.port.out.StoreOutcome;
import io.cita.application.port.query.Member;
import io.cita.application.port.query.Membership;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.application.port.query.UserAccount;
import io.cita.domain.plan.Limit;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A tenant's members in seed 001's tenant_users joined with users; the staff limit counts them all. */
@Singleton
@Requires(env = "postgres")
public class PostgresMembers implements Members {
    private static final String SELECT = "SELECT tu.tenant_id, tu.user_id, tu.role, tu.resource_id, u.id, u.email, "
            + "u.password_hash, u.first_name, u.last_name, u.created_at FROM tenant_users tu JOIN users u ON u.id = tu.user_id ";
    private final PostgresTransactions tx;

    public PostgresMembers(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public boolean add(Membership membership, UserAccount newUser, Limit limit, AuditRecord audit) {
        return write(tx, c -> insert(c, membership, newUser, limit, audit)) == StoreOutcome.DONE;
    }

    /** Runs a write that adds a member, with the conflicts of an account or membership that exists as such. */
    static StoreOutcome write(PostgresTransactions tx, Function<Connection, StoreOutcome> work) {
        try {
            return tx.writeOutcome(work);
        } catch (StoreException e) {
            if (e.isUniqueViolationOf("users_email_key")) {
                throw new ConflictException("email", "an account with this e-mail already exists");
            }
            if (e.isUniqueViolationOf("tenant_users_tenant_id_user_id_key")) {
                throw new ConflictException("email", "this person is already a member");
            }
            throw e;
        }
    }

    /**
     * Inside a write: adds {@code membership} if one more member fits {@code limit} (else a LIMIT_REACHED refusal),
     * creating {@code newUser} when not null, with {@code audit}.
     */
    static StoreOutcome insert(Connection c, Membership membership, UserAccount newUser, Limit limit,
                               AuditRecord audit) {
        TenantLock.lock(c, membership.tenantId());
        if (!TenantLock.fits(c, limit, "SELECT count(*) FROM tenant_users WHERE tenant_id = ?",
                membership.tenantId())) {
            throw new Refusal(StoreOutcome.LIMIT_REACHED);
        }
        if (newUser != null) {
            Sql.update(c, "INSERT INTO users (id, email, password_hash, first_name, last_name, created_at, "
                            + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", newUser.id(), newUser.email().value(),
                    newUser.passwordHash(), newUser.firstName(), newUser.lastName(), newUser.createdAt(),
                    newUser.createdAt());
        }
        Sql.update(c, "INSERT INTO tenant_users (tenant_id, user_id, role, resource_id, created_at) "
                        + "VALUES (?, ?, ?, ?, now())", membership.tenantId(), membership.userId(),
                Sql.lower(membership.role()), membership.resourceId());
        PostgresAuditLog.insert(c, audit);
        return StoreOutcome.DONE;
    }

    @Override
    public Page<Member> list(String tenantId, PageRequest page) {
        String after = Cursors.decode(page.cursor());
        List<Object> params = new ArrayList<>(List.of(tenantId));
        String sql = SELECT + "WHERE tu.tenant_id = ?";
        if (after != null) {
            sql += " AND tu.user_id > ?";
            params.add(after);
        }
        params.add(page.limit() + 1);
        String query = sql + " ORDER BY tu.user_id LIMIT ?";
        return tx.read(c -> Pages.slice(Sql.query(c, rs -> new Member(PostgresUsers.membership(rs), PostgresUsers.user(rs)),
                query, params.toArray()), page.limit(), last -> Cursors.encode(last.membership().userId())));
    }

    @Override
    public boolean update(Membership membership, AuditRecord audit) {
        return PostgresAuditLog.changeOne(tx, audit, c -> Sql.update(c,
                "UPDATE tenant_users SET role = ?, resource_id = ? WHERE tenant_id = ? AND user_id = ?",
                Sql.lower(membership.role()), membership.resourceId(), membership.tenantId(), membership.userId()));
    }

    @Override
    public boolean remove(String tenantId, String userId, AuditRecord audit) {
        return PostgresAuditLog.changeOne(tx, audit, c -> Sql.update(c,
                "DELETE FROM tenant_users WHERE tenant_id = ? AND user_id = ?", tenantId, userId));
    }
}
