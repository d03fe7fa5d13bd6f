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
    void inTextNamingTheClient_everyMentionIsRedacted_inAnyCase_andAnySpelling() {
        Erasure erasure = new Erasure(LUCIA, AT);
        String text = "cli_1: LUCÍA o\"brien pérez (Lucia.Perez@Example.com) wrote from +593991234567, wa "
                + "593991234567, From=%2B593991234567; {\"lastName\":\"O\\\"Brien Pérez\"}";
        String redacted = erasure.redact(text);
        assertThat(redacted).isEqualTo("cli_1: [erased] ([erased]) wrote from [erased], wa [erased], "
                + "From=%2B[erased]; {\"lastName\":\"[erased]\"}");
        assertThat(erasure.mentions(text)).isTrue();
        assertThat(erasure.needles()).containsExactly("lucia.perez@example.com", "593991234567", "cli_1");
    }

    @Test
    void inOtherText_onlyThePhoneAndEmailAreRedacted_forAnotherClientMayShareTheName() {
        Erasure erasure = new Erasure(LUCIA, AT);
        assertThat(erasure.redact("Lucía, +593991234567")).isEqualTo("Lucía, [erased]");
        assertThat(erasure.redactTheirs("Lucía, +593991234567")).isEqualTo("[erased], [erased]");
        assertThat(erasure.mentions("Lucía")).isFalse();
    }

    @Test
    void namesAreWholeWords_andOtherNumbersStay() {
        Erasure erasure = new Erasure(LUCIA, AT);
        String text = "Lucíana called from +5939912345678 and 1593991234567";
        assertThat(erasure.redactTheirs(text)).isEqualTo(text);
        assertThat(erasure.mentions(text)).isFalse();
        assertThat(erasure.redact(null)).isNull();
    }

    @Test
    void theNamesAndContactsTheClientHadBefore_areRedactedToo() {
        Client before = new Client("cli_1", "ten_1", "Lucy", "Smith", new EmailAddress("lucy@example.com"),
                new PhoneNumber("+34600111222"), true);
        Erasure erasure = new Erasure(LUCIA, java.util.List.of(before), AT);
        assertThat(erasure.redactTheirs("Lucy Smith, lucy@example.com, 34600111222"))
                .isEqualTo("[erased], [erased], [erased]");
        assertThat(erasure.phones()).containsExactly("+593991234567", "+34600111222");
        assertThat(erasure.addresses()).containsExactly("+593991234567", "+34600111222", "lucia.perez@example.com",
                "lucy@example.com");
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
        assertThat(again.redactTheirs("[erased] Lucía")).as("nothing left to look for").isEqualTo("[erased] Lucía");
        assertThatThrownBy(() -> new Client("cli_2", "ten_1", "Ana", null, null, null, true))
                .isInstanceOf(InvalidValueException.class);
    }

    @Property
    void noMentionSurvives(@ForAll @AlphaChars @StringLength(min = 2, max = 12) String first,
                           @ForAll @AlphaChars @StringLength(min = 2, max = 12) String last,
                           @ForAll @StringLength(max = 20) String before,
                           @ForAll @StringLength(max = 20) String after) {
        Client client = new Client("cli_1", "ten_1", first, last, new EmailAddress("x@example.com"),
                new PhoneNumber("+34600111222"), true);
        Erasure erasure = new Erasure(client, AT);
        String text = before + " cli_1 " + first.toUpperCase() + " " + last + " +34600111222 X@example.com " + after;
        String redacted = erasure.redact(text);
        assertThat(redacted).doesNotContainIgnoringCase(" " + first + " ").doesNotContain("600111222")
                .doesNotContainIgnoringCase("x@example.com");
    }
}
