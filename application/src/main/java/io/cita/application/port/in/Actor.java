package io.cita.application.port.in;

import io.cita.application.error.ForbiddenException;
import io.cita.domain.access.AccessMatrix;
import io.cita.domain.access.OwnResourcePolicy;
import io.cita.domain.access.Permission;
import io.cita.domain.access.Role;
import java.util.List;
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

    /**
     * The resources this actor may book, hold or move on when asking for {@code requested}: see
     * {@link OwnResourcePolicy}; a staff member without a linked resource, or asking for another one, is forbidden.
     */
    public List<String> resourcesFor(List<String> requested) {
        return OwnResourcePolicy.resourcesFor(role, resourceId, requested).orElseThrow(() -> new ForbiddenException(
                "Staff book, hold and move bookings only on the resource linked to them"));
    }

    /** Whether this actor may see a booking on these resources (staff: only on their own). */
    public boolean sees(List<String> bookingResourceIds) {
        return OwnResourcePolicy.sees(role, resourceId, bookingResourceIds);
    }

    /** Whether what this actor lists is narrowed to their own resource. */
    public boolean limitedToOwnResource() {
        return OwnResourcePolicy.applies(role);
    }
}
