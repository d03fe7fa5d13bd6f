package io.cita.application.port.out;

import java.util.Optional;

/**
 * Outgoing port that reads the payment provider's webhook deliveries: verified with the provider's own signature
 * scheme, and their objects as of the API version Cita is built for (fetched from the provider when an event carries
 * another version, or carries only a reference, as a completed checkout does). A provider that cannot be reached for
 * that throws {@code PaymentProviderUnavailableException}.
 */
public interface PaymentEvents {
    /** The event {@code payload} carries, when {@code signature} verifies it; empty otherwise (trust none of it). */
    Optional<PaymentEvent> read(String payload, String signature);
}
