package io.cita.application.port.in.violations;

import io.cita.application.port.out.Bookings;

/** Violates the ports rule on purpose: an inbound port that hands its caller an outbound port. */
public interface UseCaseUsingAnOutboundPort {
    Bookings bookings();
}
