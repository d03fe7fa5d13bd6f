package io.cita.application.port.query;

import java.time.Instant;

/** An event as stored. */
public record StoredEvent(String id, String source, String payload, Instant receivedAt) {
}
