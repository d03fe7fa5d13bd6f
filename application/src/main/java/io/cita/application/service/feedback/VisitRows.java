package io.cita.application.service.feedback;

import io.cita.application.error.InvalidRequestException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fields of an imported visit as people write them: the date of the visit ({@code 2026-11-20},
 * {@code 2026-11-20 10:30}, {@code 20/11/2026}, {@code 20/11/2026 10:30}, ISO date-times; a day alone is taken at
 * noon), and the consent ({@code sí}, {@code si}, {@code yes}, {@code true}, {@code 1}, {@code x}; {@code no},
 * {@code false}, {@code 0} or empty). A bad one is refused naming the seed's column.
 */
final class VisitRows {
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm"),
            DateTimeFormatter.ofPattern("d/M/uuuu H:mm"), DateTimeFormatter.ofPattern("d-M-uuuu H:mm"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"));
    private static final Set<String> YES = Set.of("sí", "si", "s", "yes", "y", "true", "1", "x");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "");

    private VisitRows() {
    }

    /** When the visit was, in the business's local time. */
    static LocalDateTime visitedAt(String text) {
        String value = text == null ? "" : text.strip();
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                return LocalDateTime.parse(value, format);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format).atTime(LocalTime.NOON);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        throw new InvalidRequestException("fecha_cita", "must be a date such as 2026-11-20 or 20/11/2026 10:30");
    }

    /** Whether the client consented to feedback requests. */
    static boolean consented(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(value)) {
            return true;
        }
        if (NO.contains(value)) {
            return false;
        }
        throw new InvalidRequestException("consentimiento", "must be sí or no");
    }
}
