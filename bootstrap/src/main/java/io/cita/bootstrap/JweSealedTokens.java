package io.cita.bootstrap;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import io.cita.application.port.out.SealedTokens;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sealed tokens as encrypted JWTs (nimbus-jose-jwt, JWE {@code dir} + A256GCM: confidential and tamper-proof), keyed
 * by a key derived from the service's JWT secret (the same on every instance) and apart from the signing key itself.
 */
@Singleton
public class JweSealedTokens implements SealedTokens {
    private static final String PURPOSE = "purpose";
    private final byte[] key;

    public JweSealedTokens(@Value("${cita.jwt.secret}") String secret) {
        try {
            this.key = MessageDigest.getInstance("SHA-256")
                    .digest(("cita-sealed-tokens|" + secret).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String seal(String purpose, Map<String, String> values, Instant expiresAt) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().claim(PURPOSE, purpose)
                .expirationTime(Date.from(expiresAt));
        values.forEach(claims::claim);
        EncryptedJWT jwt = new EncryptedJWT(new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM), claims.build());
        try {
            jwt.encrypt(new DirectEncrypter(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("sealing failed", e);
        }
        return jwt.serialize();
    }

    @Override
    public Optional<Map<String, String>> open(String purpose, String token, Instant now) {
        try {
            EncryptedJWT jwt = EncryptedJWT.parse(token);
            if (!JWEAlgorithm.DIR.equals(jwt.getHeader().getAlgorithm())
                    || !EncryptionMethod.A256GCM.equals(jwt.getHeader().getEncryptionMethod())) {
                return Optional.empty();
            }
            jwt.decrypt(new DirectDecrypter(key));
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!purpose.equals(claims.getStringClaim(PURPOSE)) || claims.getExpirationTime() == null
                    || !now.isBefore(claims.getExpirationTime().toInstant())) {
                return Optional.empty();
            }
            Map<String, String> values = new HashMap<>();
            claims.getClaims().forEach((name, value) -> {
                if (value instanceof String text && !name.equals(PURPOSE)) {
                    values.put(name, text);
                }
            });
            return Optional.of(values);
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
