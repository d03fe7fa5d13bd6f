package io.cita.adapters.rest.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues short-lived HS256 access tokens naming the user and their session, through micronaut-security-jwt's
 * generator (its signature configuration holds {@code cita.jwt.secret}); Micronaut Security validates them on every
 * request (signature, expiry, issuer, audience) and hands the rules an {@link Authentication}.
 */
@Singleton
public class AccessTokens {
    public static final String ISSUER = "cita";
    public static final String AUDIENCE = "cita-api";
    /** The claim that names the session a token belongs to. */
    public static final String SESSION = "sid";
    private final JwtTokenGenerator generator;
    private final Duration lifetime;
    private final Clock clock;

    public AccessTokens(JwtTokenGenerator generator, @Value("${cita.jwt.secret}") String secret,
                        @Value("${cita.jwt.lifetime:15m}") Duration lifetime, Clock clock) {
        if (secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalStateException("cita.jwt.secret must be at least 32 bytes");
        }
        this.generator = generator;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public long lifetimeSeconds() {
        return lifetime.getSeconds();
    }

    /** The user and session an access token speaks for. */
    public record Claims(String userId, String sessionId) {
        /** The claims of a request's authentication, when it has one from an access token. */
        public static Optional<Claims> of(Authentication authentication) {
            if (authentication == null || !(authentication.getAttributes().get(SESSION) instanceof String session)) {
                return Optional.empty();
            }
            return Optional.of(new Claims(authentication.getName(), session));
        }
    }

    public String issue(String userId, String sessionId) {
        long now = clock.instant().getEpochSecond();
        Map<String, Object> claims = Map.of("sub", userId, "iss", ISSUER, "aud", List.of(AUDIENCE), SESSION, sessionId,
                "iat", now, "exp", now + lifetime.getSeconds(), "jti", UUID.randomUUID().toString());
        return generator.generateToken(claims)
                .orElseThrow(() -> new IllegalStateException("signing with a 256-bit key cannot fail"));
    }
}
