package io.cita.domain.delivery;

/** How a delivery reaches its recipient. */
public enum DeliveryChannel { WEBHOOK, EMAIL, SMS, WHATSAPP }
