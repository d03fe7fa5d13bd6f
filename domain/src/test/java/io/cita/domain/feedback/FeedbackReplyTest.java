package io.cita.domain.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.domain.feedback.FeedbackReply.Kind;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Reading a client's answer to a feedback request: every way of writing a rating, a stop, and anything else. */
class FeedbackReplyTest {
    private static final List<String> SPANISH = List.of("uno", "dos", "tres", "cuatro", "cinco");
    private static final List<String> ENGLISH = List.of("one", "two", "three", "four", "five");

    @Property
    void aRatingIsReadHoweverItIsWritten(@ForAll @IntRange(min = 1, max = 5) int rating,
                                         @ForAll("forms") int form, @ForAll("padding") String before,
                                         @ForAll("padding") String after, @ForAll boolean upper) {
        String written = switch (form) {
            case 0 -> Integer.toString(rating);
            case 1 -> rating + "/5";
            case 2 -> "⭐".repeat(rating);
            case 3 -> SPANISH.get(rating - 1);
            default -> ENGLISH.get(rating - 1);
        };
        String text = before + (upper ? written.toUpperCase() : written) + after;
        assertThat(FeedbackReply.parse(text)).as(text).isEqualTo(new FeedbackReply(Kind.RATING, rating));
    }

    @Provide
    Arbitrary<Integer> forms() {
        return Arbitraries.integers().between(0, 4);
    }

    @Provide
    Arbitrary<String> padding() {
        return Arbitraries.of("", " ", "  ", "\n", "!", ".", " !!");
    }

    @Test
    void stopAndBajaOptOut_andAnythingElseIsUnreadable() {
        for (String stop : List.of("STOP", "Baja", " baja. ", "stop!")) {
            assertThat(FeedbackReply.parse(stop).kind()).as(stop).isEqualTo(Kind.OPT_OUT);
        }
        for (String other : List.of("", "0", "6", "10", "4/10", "⭐⭐⭐⭐⭐⭐", "muy bien", "seis", "5 estrellas",
                "stop it")) {
            assertThat(FeedbackReply.parse(other).kind()).as(other).isEqualTo(Kind.UNREADABLE);
        }
        assertThat(FeedbackReply.parse("Cinco ⭐").kind()).isEqualTo(Kind.UNREADABLE);
        assertThat(FeedbackReply.parse("★★★").rating()).isEqualTo(3);
        assertThat(FeedbackReply.parse("⭐️⭐️").rating()).as("stars with their variation selector").isEqualTo(2);
    }
}
