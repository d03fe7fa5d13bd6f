package io.cita.domain.access;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Staff book, hold, move and see bookings only on the resource (their own calendar) linked to them; every other role
 * acts on any resource. The one place that says so, for every use case that names resources.
 */
public final class OwnResourcePolicy {
    private OwnResourcePolicy() {
    }

    public static boolean applies(Role role) {
        return role == Role.STAFF;
    }

    /**
     * The resources a request may use when it asks for {@code requested} (null or empty: any): staff their own only,
     * others what they asked. Empty when staff have no linked resource, or ask for another one.
     */
    public static Optional<List<String>> resourcesFor(Role role, String linkedResourceId, List<String> requested) {
        if (!applies(role)) {
            return Optional.of(requested == null ? List.of() : requested);
        }
        if (linkedResourceId == null) {
            return Optional.empty();
        }
        boolean asksForOthers = requested != null && !requested.isEmpty() && !List.of(linkedResourceId).equals(requested);
        return asksForOthers ? Optional.empty() : Optional.of(List.of(linkedResourceId));
    }

    /** Whether an actor in {@code role} linked to {@code linkedResourceId} may see a booking on these resources. */
    public static boolean sees(Role role, String linkedResourceId, Collection<String> bookingResourceIds) {
        return !applies(role) || linkedResourceId != null && bookingResourceIds.contains(linkedResourceId);
    }
}
