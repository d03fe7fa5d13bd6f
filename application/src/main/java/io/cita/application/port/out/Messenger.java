package io.cita.application.port.out;

/** Outgoing port to a chat channel (WhatsApp Cloud API). */
public interface Messenger {
    void send(OutboundMessage message);
}
