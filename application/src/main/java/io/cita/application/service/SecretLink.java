package io.cita.application.service;

import io.cita.application.port.out.SecretTokens;
import java.util.Optional;

/**
 * A token that names a stored thing and proves its holder may use it: {@code <id>.<secret>}, of which only the
 * secret's hash is stored (refresh tokens, calendar feeds, invitations,
 * the private feedback form).
 */
public record SecretLink(String id, String secret) {
    /** The id and secret of {@code token}; empty when it is not of that form. */
    public static Optional<SecretLink> parse(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        return dot <= 0 ? Optional.empty() : Optional.of(new SecretLink(token.substring(0, dot),
                token.substring(dot + 1)));
    }

    /** Whether the secret is the one {@code hash} was made of, compared in constant time. */
    public boolean matches(SecretTokens secrets, String hash) {
        return secrets.matches(secret, hash);
    }

    /** The token to hand out. */
    public String token() {
        return id + "." + secret;
    }
}
