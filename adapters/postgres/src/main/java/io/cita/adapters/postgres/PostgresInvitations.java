package io.cita.adapters.postgres;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.Invitations;
import io.cita.application.port.out.StoreOutcome;
import io.cita.application.port.query.Membership;
import io.cita.application.port.query.UserAccount;
import io.cita.domain.access.Invitation;
import io.cita.domain.access.Role;
import io.cita.domain.plan.Limit;
import io.cita.domain.shared.EmailAddress;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Invitations in their own table; accepting one marks it in the transaction that adds the member. */
@Singleton
@Requires(env = "postgres")
public class PostgresInvitations implements Invitations {
    private final PostgresTransactions tx;

    public PostgresInvitations(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void save(Invitation invitation, AuditRecord audit) {
        tx.write(c -> {
            Sql.update(c, "INSERT INTO invitations (id, tenant_id, email, role, resource_id, first_name, last_name, "
                            + "invited_by, secret_hash, created_at, expires_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    invitation.id(), invitation.tenantId(), invitation.email().value(), Sql.lower(invitation.role()),
                    invitation.resourceId(), invitation.firstName(), invitation.lastName(), invitation.invitedBy(),
                    invitation.secretHash(), invitation.createdAt(), invitation.expiresAt());
            PostgresAuditLog.insert(c, audit);
            return null;
        });
    }

    @Override
    public Optional<Invitation> find(String invitationId) {
        return tx.read(c -> Sql.one(c, PostgresInvitations::invitation, "SELECT * FROM invitations WHERE id = ?",
                invitationId));
    }

    @Override
    public StoreOutcome accept(Invitation invitation, Membership membership, UserAccount newUser, Limit limit,
                               AuditRecord audit, Instant now) {
        return PostgresMembers.write(tx, c -> {
            if (Sql.update(c, "UPDATE invitations SET accepted_at = ? WHERE id = ? AND accepted_at IS NULL "
                    + "AND expires_at > ?", now, invitation.id(), now) != 1) {
                throw new Refusal(StoreOutcome.STALE);
            }
            return PostgresMembers.insert(c, membership, newUser, limit, audit);
        });
    }

    private static Invitation invitation(ResultSet rs) throws SQLException {
        return new Invitation(rs.getString("id"), rs.getString("tenant_id"), new EmailAddress(rs.getString("email")),
                Sql.upper(Role.class, rs.getString("role")), rs.getString("resource_id"), rs.getString("first_name"),
                rs.getString("last_name"), rs.getString("invited_by"), rs.getString("secret_hash"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "expires_at"), Sql.instant(rs, "accepted_at"));
    }
}
