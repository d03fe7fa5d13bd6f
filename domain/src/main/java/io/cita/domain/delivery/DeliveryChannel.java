package io.cita.domain.delivery;

/** How a delivery reaches its recipient. */
public enum DeliveryChannel {
    WEBHOOK, EMAIL, SMS, WHATSAPP;

    /** Whether it reaches a person at a phone number (and so a STOP there can end it). */
    public boolean reachesAPhone() {
        return this == SMS || this == WHATSAPP;
    }
}
