package io.cita.application.port.in;

import io.cita.domain.access.AccessMatrix;
import io.cita.domain.access.Permission;
import io.cita.domain.access.Role;
import java.util.Objects;

/**
 * Who performs a command: a user, an API key, a channel such as WhatsApp, or the system; with the role it acts in,
 * the resource a staff member is linked to, and where the request came from, so the audit log can say who did what.
 */
public record Actor(Kind kind, String id, Role role, String resourceId, String ip, String userAgent) {
    /** The kinds of actor. */
    public enum Kind { USER, API_KEY, CHANNEL, SYSTEM }

    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Actor system() {
        return new Actor(Kind.SYSTEM, "system", Role.OWNER, null, null, null);
    }

    public boolean may(Permission permission) {
        return AccessMatrix.allows(role, permission);
    }

    /** A staff member books and sees bookings only on the resource linked to them. */
    public boolean limitedToOwnResource() {
        return role == Role.STAFF;
    }
}
