package io.cita.application.port.out;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Outgoing port that seals a few values into a token only this service (any of its instances) can open: encrypted
 * and authenticated, for one purpose, until it expires. What a link carries instead of a row kept for it.
 */
public interface SealedTokens {
    String seal(String purpose, Map<String, String> values, Instant expiresAt);

    /** The values of a token sealed for {@code purpose} that has not expired by {@code now}; empty for any other. */
    Optional<Map<String, String>> open(String purpose, String token, Instant now);
}
