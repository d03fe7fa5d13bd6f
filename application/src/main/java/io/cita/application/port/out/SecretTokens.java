package io.cita.application.port.out;

/** Makes unguessable secrets (refresh tokens, API keys) and the one-way hashes that are stored instead of them. */
public interface SecretTokens {
    /** A new random secret of URL-safe characters. */
    String newSecret();

    /** A one-way hash of a high-entropy secret, compared in constant time by {@link #matches}. */
    String hash(String secret);

    boolean matches(String secret, String hash);
}
