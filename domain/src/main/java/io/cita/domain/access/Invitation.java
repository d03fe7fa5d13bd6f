package io.cita.domain.access;

import io.cita.domain.shared.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An invitation to join a tenant in a role: sent by e-mail with a single-use link, kept only as its secret's hash,
 * and usable until it expires or is accepted. Whether the address has an account is learned only by whoever accepts.
 */
public record Invitation(String id, String tenantId, EmailAddress email, Role role, String resourceId, String firstName,
                         String lastName, String invitedBy, String secretHash, Instant createdAt, Instant expiresAt,
                         Instant acceptedAt) {
    /** How long an invitation's link works. */
    public static final Duration LIFETIME = Duration.ofDays(7);

    public Invitation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(invitedBy, "invitedBy");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (role == Role.OWNER) {
            throw new IllegalArgumentException("nobody is invited as the owner");
        }
    }

    /** A new invitation, usable for {@link #LIFETIME} from {@code now}. */
    public static Invitation issued(String id, String tenantId, EmailAddress email, Role role, String resourceId,
                                    String firstName, String lastName, String invitedBy, String secretHash,
                                    Instant now) {
        return new Invitation(id, tenantId, email, role, resourceId, firstName, lastName, invitedBy, secretHash, now,
                now.plus(LIFETIME), null);
    }

    /** Whether its link still works at {@code now}: not accepted and not expired. */
    public boolean usableAt(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }
}
