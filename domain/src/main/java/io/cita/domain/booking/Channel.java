package io.cita.domain.booking;

/** Where a booking came from. */
public enum Channel { API, WIDGET, WHATSAPP, VOICE, SMS, PHONE, WALK_IN, AGENT }
