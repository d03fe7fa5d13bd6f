package io.cita.application.service.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cita.application.error.InvalidRequestException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The date and consent of an imported visit as people write them, and the column a bad one is refused under. */
class VisitRowsTest {
    @Test
    void aVisitsDate_isReadInEveryUsualForm_aDayAloneAtNoon() {
        LocalDateTime morning = LocalDateTime.of(2026, 11, 20, 10, 30);
        assertThat(VisitRows.visitedAt("2026-11-20 10:30")).isEqualTo(morning);
        assertThat(VisitRows.visitedAt("20/11/2026 10:30")).isEqualTo(morning);
        assertThat(VisitRows.visitedAt(" 2026-11-20T10:30 ")).isEqualTo(morning);
        assertThat(VisitRows.visitedAt("20-11-2026 10:30")).isEqualTo(morning);
        assertThat(VisitRows.visitedAt("2026-11-20")).isEqualTo(LocalDateTime.of(2026, 11, 20, 12, 0));
        assertThat(VisitRows.visitedAt("5/3/2026")).isEqualTo(LocalDateTime.of(2026, 3, 5, 12, 0));
        for (String bad : new String[] {"2026-13-45", "yesterday", "", "11/20/2026"}) {
            assertThatThrownBy(() -> VisitRows.visitedAt(bad)).as(bad).isInstanceOf(InvalidRequestException.class)
                    .extracting("field").isEqualTo("fecha_cita");
        }
    }

    @Test
    void consent_isYesOrNo_inSpanishOrEnglish_anEmptyCellNo() {
        for (String yes : new String[] {"sí", "SI", "Yes", "true", "1", "x"}) {
            assertThat(VisitRows.consented(yes)).as(yes).isTrue();
        }
        for (String no : new String[] {"no", "NO", "false", "0", "", null}) {
            assertThat(VisitRows.consented(no)).as(String.valueOf(no)).isFalse();
        }
        assertThatThrownBy(() -> VisitRows.consented("quizá")).extracting("field").isEqualTo("consentimiento");
    }
}
