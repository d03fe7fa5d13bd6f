package io.cita.bootstrap;

import com.github.f4b6a3.ulid.UlidCreator;
import io.cita.application.port.out.IdGenerator;
import io.cita.domain.shared.IdPrefix;
import jakarta.inject.Singleton;
import java.security.SecureRandom;

/** Time-ordered ids from monotonic ULIDs (ulid-creator) and random booking references without look-alike letters. */
@Singleton
public class UlidIdGenerator implements IdGenerator {
    private static final char[] REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private final SecureRandom random = new SecureRandom();

    @Override
    public String newId(IdPrefix prefix) {
        return prefix.prefix() + UlidCreator.getMonotonicUlid();
    }

    @Override
    public String newReference() {
        char[] reference = new char[8];
        for (int i = 0; i < reference.length; i++) {
            reference[i] = REFERENCE_ALPHABET[random.nextInt(REFERENCE_ALPHABET.length)];
        }
        return new String(reference);
    }
}
