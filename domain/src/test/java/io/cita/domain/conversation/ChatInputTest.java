package io.cita.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.domain.tenant.Language;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ChatInputTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20); // a Friday

    @ParameterizedTest
    @CsvSource({"hoy,2026-11-20", "Mañana,2026-11-21", "pasado mañana,2026-11-22", "today,2026-11-20",
            "tomorrow,2026-11-21", "lunes,2026-11-23", "el viernes,2026-11-20", "Sábado,2026-11-21",
            "monday,2026-11-23", "25/11,2026-11-25", "3/1,2027-01-03", "2026-12-24,2026-12-24", "24/12/26,2026-12-24"})
    void datesAreUnderstoodInSpanishAndEnglish(String text, LocalDate expected) {
        ChatInput.Meaning meaning = ChatInput.interpret(text, TODAY);
        assertThat(meaning.kind()).isEqualTo(ChatInput.Kind.DATE);
        assertThat(meaning.date()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"15:30,15:30", "9.30,09:30", "3pm,15:00", "3:30 pm,15:30", "12am,00:00", "15 h,15:00", "10hs,10:00"})
    void timesAreUnderstood(String text, LocalTime expected) {
        ChatInput.Meaning meaning = ChatInput.interpret(text, TODAY);
        assertThat(meaning.kind()).isEqualTo(ChatInput.Kind.TIME);
        assertThat(meaning.time()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"menu,MENU", "AYUDA,HELP", "help,HELP", "cancelar,CANCEL", "cancel,CANCEL", "mis reservas,MY_BOOKINGS",
            "My bookings,MY_BOOKINGS", "sí,YES", "Si!,YES", "yes,YES", "no,NO", "3,CHOICE", "banana,TEXT",
            "31/02,TEXT", "25:99,TEXT"})
    void commandsChoicesAndNonsenseAreTold(String text, ChatInput.Kind expected) {
        assertThat(ChatInput.interpret(text, TODAY).kind()).isEqualTo(expected);
    }

    @Test
    void theBotSpeaksTheTenantsLanguage() {
        assertThat(ChatTexts.say(Language.ES, ChatTexts.Key.WELCOME, "Bella")).startsWith("¡Hola!").contains("Bella");
        assertThat(ChatTexts.say(Language.EN, ChatTexts.Key.WELCOME, "Bella")).startsWith("Hi!").contains("Bella");
        for (ChatTexts.Key key : ChatTexts.Key.values()) {
            assertThat(ChatTexts.say(Language.ES, key, "x", "y", "z", "w")).isNotBlank();
            assertThat(ChatTexts.say(Language.EN, key, "x", "y", "z", "w")).isNotBlank();
        }
    }
}
