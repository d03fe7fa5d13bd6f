package io.cita.domain.feedback;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a client's answer to a feedback request says (seed 003): a rating from 1 to 5, written as a digit ("5"), a
 * fraction ("4/5"), stars ("⭐⭐⭐⭐") or a word in Spanish or English ("cinco", "four"); a request to stop
 * (STOP, BAJA); or something else, which gets one short help message.
 */
public record FeedbackReply(Kind kind, int rating) {
    /** What the answer is. */
    public enum Kind { RATING, OPT_OUT, UNREADABLE }

    private static final Set<String> STOP_WORDS = Set.of("stop", "baja", "unsubscribe", "cancelar suscripcion");
    private static final List<Set<String>> WORDS = List.of(Set.of("uno", "una", "one"), Set.of("dos", "two"),
            Set.of("tres", "three"), Set.of("cuatro", "four"), Set.of("cinco", "five"));
    private static final Pattern DIGIT = Pattern.compile("([1-5])(?:\\s*/\\s*5)?");
    private static final Pattern STARS = Pattern.compile("(?:[\\u2B50\\u2605]\\uFE0F?\\s*){1,5}");

    /** Reads a client's answer. */
    public static FeedbackReply parse(String text) {
        String plain = plain(text);
        if (STOP_WORDS.contains(plain)) {
            return new FeedbackReply(Kind.OPT_OUT, 0);
        }
        Matcher digit = DIGIT.matcher(plain);
        if (digit.matches()) {
            return rating(Integer.parseInt(digit.group(1)));
        }
        if (STARS.matcher(plain).matches()) {
            return rating((int) plain.codePoints().filter(c -> c == 0x2B50 || c == 0x2605).count());
        }
        for (int i = 0; i < WORDS.size(); i++) {
            if (WORDS.get(i).contains(plain)) {
                return rating(i + 1);
            }
        }
        return new FeedbackReply(Kind.UNREADABLE, 0);
    }

    private static FeedbackReply rating(int rating) {
        return new FeedbackReply(Kind.RATING, rating);
    }

    /** Lower case, without accents, surrounding punctuation or inner runs of spaces. */
    private static String plain(String text) {
        if (text == null) {
            return "";
        }
        String lower = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}(?<![\\uFE0F])", "");
        return lower.replaceAll("^[\\p{Punct}¡¿\\s]+|[\\p{Punct}!¡?¿\\s]+$", "").replaceAll("\\s+", " ");
    }
}
