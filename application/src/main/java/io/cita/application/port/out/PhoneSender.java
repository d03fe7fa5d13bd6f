package io.cita.application.port.out;

import io.cita.domain.delivery.DeliveryChannel;

/**
 * Outgoing port of a channel that carries a booking's messages to a phone: SMS through Twilio, or WhatsApp template
 * messages through the Cloud API (outside the 24-hour window only approved templates may be sent).
 */
public interface PhoneSender {
    /** SMS or WHATSAPP. */
    DeliveryChannel channel();

    /** Whether the provider is configured; without it, this channel's messages are skipped, not tried. */
    boolean enabled();

    /** What is stored with the delivery and sent as it is on every attempt. */
    String compose(PhoneMessage message);

    /** Sends a composed payload to the number {@code to} (E.164). */
    SendOutcome send(String to, String payload);
}
