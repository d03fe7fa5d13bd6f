package io.cita.domain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cita.domain.shared.EmailAddress;
import io.cita.domain.shared.InvalidValueException;
import io.cita.domain.shared.PhoneNumber;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ErasureTest {
    private static final Instant AT = Instant.parse("2026-12-02T10:00:00Z");
    private static final Client LUCIA = new Client("cli_1", "ten_1", "Lucía", "O\"Brien Pérez",
            new EmailAddress("lucia.perez@example.com"), new PhoneNumber("+593991234567"), true);

    @Test
    void everyMentionOfTheClient_isRedacted_inAnyCase_andAnySpelling() {
        Erasure erasure = new Erasure(LUCIA, AT);
        String text = "LUCÍA o\"brien pérez (Lucia.Perez@Example.com) wrote from +593991234567, wa 593991234567, "
                + "From=%2B593991234567; {\"lastName\":\"O\\\"Brien Pérez\"}";
        String redacted = erasure.redact(text);
        assertThat(redacted).isEqualTo("[erased] ([erased]) wrote from [erased], wa [erased], From=%2B[erased]; "
                + "{\"lastName\":\"[erased]\"}");
        assertThat(erasure.mentions(text)).isTrue();
    }

    @Test
    void namesAreWholeWords_andOtherNumbersStay() {
        Erasure erasure = new Erasure(LUCIA, AT);
        String text = "Lucíana called from +5939912345678 and 1593991234567";
        assertThat(erasure.redact(text)).isEqualTo(text);
        assertThat(erasure.mentions(text)).isFalse();
        assertThat(erasure.redact(null)).isNull();
    }

    @Test
    void theErasedClient_hasNoPersonalData_andKeepsTheTimeOfTheFirstErasure() {
        Client erased = new Erasure(LUCIA, AT).erased();
        assertThat(erased.firstName()).isEqualTo(Client.ERASED);
        assertThat(erased.lastName()).isNull();
        assertThat(erased.email()).isNull();
        assertThat(erased.phone()).isNull();
        assertThat(erased.active()).isFalse();
        assertThat(erased.preferences().transactionalConsent()).isFalse();
        assertThat(erased.dataDeletedAt()).isEqualTo(AT);
        Erasure again = new Erasure(erased, AT.plusSeconds(60));
        assertThat(again.erased().dataDeletedAt()).isEqualTo(AT);
        assertThat(again.redact("[erased] Lucía")).as("nothing left to look for").isEqualTo("[erased] Lucía");
        assertThatThrownBy(() -> new Client("cli_2", "ten_1", "Ana", null, null, null, true))
                .isInstanceOf(InvalidValueException.class);
    }

    @Property
    void noMentionSurvives(@ForAll @AlphaChars @StringLength(min = 2, max = 12) String first,
                           @ForAll @AlphaChars @StringLength(min = 2, max = 12) String last,
                           @ForAll @StringLength(max = 20) String before, @ForAll @StringLength(max = 20) String after) {
        Client client = new Client("cli_1", "ten_1", first, last, new EmailAddress("x@example.com"),
                new PhoneNumber("+34600111222"), true);
        Erasure erasure = new Erasure(client, AT);
        String text = before + " " + first.toUpperCase() + " " + last + " +34600111222 X@example.com " + after;
        String redacted = erasure.redact(text);
        assertThat(redacted).doesNotContainIgnoringCase(" " + first + " ").doesNotContain("600111222")
                .doesNotContainIgnoringCase("x@example.com");
    }
}
