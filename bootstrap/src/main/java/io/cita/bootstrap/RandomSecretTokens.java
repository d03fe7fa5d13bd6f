package io.cita.bootstrap;

import io.cita.application.port.out.SecretTokens;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * 256-bit random secrets, stored as SHA-256 hashes: a secret this long cannot be guessed, so a slow password hash
 * would only cost time on every request. Hashes are compared in constant time.
 */
@Singleton
public class RandomSecretTokens implements SecretTokens {
    private final SecureRandom random = new SecureRandom();

    @Override
    public String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String hash(String secret) {
        return HexFormat.of().formatHex(digest(secret));
    }

    @Override
    public boolean matches(String secret, String hash) {
        try {
            return MessageDigest.isEqual(digest(secret), HexFormat.of().parseHex(hash));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
    }

    private static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
