package io.cita.application.port.in;

import java.util.Optional;

/** A resource's private calendar feed: made (shown once), revoked, and read by whoever holds its token. */
public interface CalendarFeedUseCase {
    /** Makes the resource's feed, revoking the one it had; the token of its URL, shown this once. */
    String create(String tenantId, String resourceId, Actor actor);

    /** Revokes the resource's feed; its URL answers 404 from now on. */
    void revoke(String tenantId, String resourceId, Actor actor);

    /** The iCalendar document of the feed {@code token} names, or empty when it names none (any reason alike). */
    Optional<String> read(String token);
}
