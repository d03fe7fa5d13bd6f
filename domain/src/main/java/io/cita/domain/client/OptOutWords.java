package io.cita.domain.client;

import java.util.Locale;
import java.util.Set;

/** The answers by which a person leaves a channel: STOP, BAJA or UNSUBSCRIBE, alone, in any case. */
public final class OptOutWords {
    private static final Set<String> WORDS = Set.of("STOP", "BAJA", "UNSUBSCRIBE", "STOPALL", "CANCELAR SUSCRIPCION");

    private OptOutWords() {
    }

    public static boolean isOptOut(String text) {
        return text != null && WORDS.contains(text.trim().replaceAll("[.!¡\\s]+$", "").replaceAll("\\s+", " ")
                .toUpperCase(Locale.ROOT));
    }
}
