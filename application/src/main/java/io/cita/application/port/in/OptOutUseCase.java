package io.cita.application.port.in;

import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.tenant.Tenant;
import java.util.Optional;

/** Incoming port: a person answered STOP on a phone channel. */
public interface OptOutUseCase {
    /**
     * Opts the phone out of {@code channel} at the business that last wrote to it there (else {@code tenantId}, when
     * given): nothing more goes out to it on that channel. The business, when one was found.
     */
    Optional<Tenant> optOut(DeliveryChannel channel, String phone, String tenantId);

    /**
     * As {@link #optOut} for the provider's message {@code messageId} (its payload kept with it): recorded once, so a
     * redelivery of the same message changes nothing and is told as such.
     */
    Answer optOutOnce(String messageId, String payload, DeliveryChannel channel, String phone);

    /** Whether the message was a redelivery, and the business that was left (empty when none was found). */
    record Answer(boolean redelivered, Optional<Tenant> tenant) {
    }
}
