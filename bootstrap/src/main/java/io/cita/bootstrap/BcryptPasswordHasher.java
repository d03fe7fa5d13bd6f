package io.cita.bootstrap;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.cita.application.port.out.PasswordHasher;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;

/** Password hashing with bcrypt (at.favre.lib), cost configurable for tests. */
@Singleton
public class BcryptPasswordHasher implements PasswordHasher {
    private final int cost;

    public BcryptPasswordHasher(@Value("${cita.security.bcrypt-cost:10}") int cost) {
        this.cost = cost;
    }

    @Override
    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    @Override
    public boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                hash.getBytes(StandardCharsets.UTF_8)).verified;
    }
}
