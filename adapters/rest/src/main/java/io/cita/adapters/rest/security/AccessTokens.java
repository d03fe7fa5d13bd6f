package io.cita.adapters.rest.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Issues and verifies short-lived HS256 access tokens (nimbus-jose-jwt) naming the user and their session. */
@Singleton
public class AccessTokens {
    public static final String ISSUER = "cita";
    public static final String AUDIENCE = "cita-api";
    private final byte[] secret;
    private final Duration lifetime;
    private final Clock clock;

    public AccessTokens(@Value("${cita.jwt.secret}") String secret,
                        @Value("${cita.jwt.lifetime:15m}") Duration lifetime, Clock clock) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        if (this.secret.length < 32) {
            throw new IllegalStateException("cita.jwt.secret must be at least 32 bytes");
        }
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public long lifetimeSeconds() {
        return lifetime.getSeconds();
    }

    /** The user and session an access token speaks for. */
    public record Claims(String userId, String sessionId) {
    }

    public String issue(String userId, String sessionId) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(userId).issuer(ISSUER).audience(AUDIENCE)
                .claim("sid", sessionId)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException("signing with a 256-bit key cannot fail", e);
        }
        return jwt.serialize();
    }

    /** The claims of a valid token: HS256, our signature, issuer and audience, not expired, with a session. */
    public Optional<Claims> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(secret))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            if (expiry == null || !expiry.toInstant().isAfter(clock.instant()) || !ISSUER.equals(claims.getIssuer())
                    || !List.of(AUDIENCE).equals(claims.getAudience()) || claims.getSubject() == null
                    || claims.getStringClaim("sid") == null) {
                return Optional.empty();
            }
            return Optional.of(new Claims(claims.getSubject(), claims.getStringClaim("sid")));
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
