package io.cita.domain.catalog;

import io.cita.domain.shared.EditDistance;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the services a caller means by what they said ("un corte de pelo", "manicura", "haircuts"), in Spanish or
 * English, forgiving accents, case, plurals and a typo or two: each word the caller said that carries meaning must be
 * near a word of the service's name (within a quarter of its length in edits, at least one). Ranked nearest first;
 * the same measure gives the closest names when nothing matches.
 */
public final class ServiceNames {
    /** Words that carry no meaning about which service: articles, prepositions and the asking itself. */
    private static final Set<String> FILLER = Set.of("un", "una", "unos", "unas", "el", "la", "los", "las", "de",
            "del", "para", "con", "y", "a", "mi", "me", "quiero", "quisiera", "reservar", "cita", "hora", "turno",
            "the", "an", "for", "of", "and", "my", "i", "want", "would", "like", "book", "appointment", "please",
            "por", "favor", "hoy", "manana", "tarde", "noche", "today", "tomorrow", "morning", "afternoon", "evening",
            "soon", "pronto", "posible", "possible");

    private static final char ENYE = '\uE000';

    private ServiceNames() {
    }

    /** The services {@code said} matches, nearest first; none when nothing said carries meaning. */
    public static List<Service> matching(String said, List<Service> services) {
        List<String> words = meaningful(said);
        if (words.isEmpty()) {
            return List.of();
        }
        List<Scored> matches = new ArrayList<>();
        for (Service service : services) {
            int total = 0;
            for (String word : words) {
                int nearest = nearest(word, words(service.name()));
                if (nearest > tolerance(word)) {
                    total = -1;
                    break;
                }
                total += nearest;
            }
            if (total >= 0) {
                matches.add(new Scored(service, total));
            }
        }
        return matches.stream().sorted(Comparator.comparingInt(Scored::distance)).map(Scored::service).toList();
    }

    /** The {@code count} services whose names are nearest to what was said, for "did you mean...". */
    public static List<Service> closest(String said, List<Service> services, int count) {
        List<String> words = meaningful(said);
        return services.stream().sorted(Comparator.comparingInt(service -> distance(words, service)))
                .limit(count).toList();
    }

    /** How far what was said is from a service's name: each word's distance to the nearest word of the name. */
    private static int distance(List<String> said, Service service) {
        List<String> name = words(service.name());
        return said.stream().mapToInt(word -> nearest(word, name)).sum();
    }

    private static int nearest(String word, List<String> candidates) {
        int best = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            best = Math.min(best, EditDistance.between(word, candidate));
        }
        return best;
    }

    private static int tolerance(String word) {
        return Math.max(1, word.length() / 4);
    }

    private static List<String> meaningful(String said) {
        return plainWords(said).stream().filter(word -> !FILLER.contains(word)).map(ServiceNames::singular).toList();
    }

    /**
     * Lower case, without accents (but ñ, so "uñas" stays apart from "unas") or punctuation, each word in the singular
     * (a trailing "es" or "s" dropped).
     */
    static List<String> words(String text) {
        return plainWords(text).stream().map(ServiceNames::singular).toList();
    }

    private static List<String> plainWords(String text) {
        String kept = (text == null ? "" : text).replace('ñ', ENYE).replace('Ñ', ENYE);
        String plain = Normalizer.normalize(kept, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace(ENYE, 'ñ').replaceAll("[^a-z0-9ñ ]+", " ").trim();
        List<String> words = new ArrayList<>();
        for (String word : plain.split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static String singular(String word) {
        if (word.length() > 4 && word.endsWith("es")) {
            return word.substring(0, word.length() - 2);
        }
        return word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    private record Scored(Service service, int distance) {
    }
}
