package io.cita.application.port.out;

import io.cita.domain.delivery.DeliveryChannel;
import java.time.Instant;
import java.util.Optional;

/**
 * Outgoing persistence port of who last wrote to an address on a channel Cita shares between businesses (one SMS
 * sender, one WhatsApp number), so that an answer such as STOP reaches the business it answers.
 */
public interface MessageRecipients {
    void remember(DeliveryChannel channel, String address, String tenantId, Instant at);

    Optional<String> lastSender(DeliveryChannel channel, String address);
}
