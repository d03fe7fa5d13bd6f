package io.cita.application.port.in;

import io.cita.domain.booking.Hold;

/** Holding a slot and letting it go. */
public interface HoldSlotUseCase {
    /** The hold placed, with the tenant's time zone. */
    Zoned<Hold> hold(PlaceHoldCommand command);

    void release(String tenantId, String holdId, Actor actor);
}
