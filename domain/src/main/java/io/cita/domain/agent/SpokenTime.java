package io.cita.domain.agent;

import io.cita.domain.tenant.Language;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A time as a person says it on the phone, in the business's zone: "martes 3 de diciembre a las 10:00". */
public final class SpokenTime {
    private static final DateTimeFormatter SPANISH = DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'a las' HH:mm",
            Language.ES.locale());
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm",
            Language.EN.locale());

    private SpokenTime() {
    }

    public static String of(Instant instant, ZoneId zone, Language language) {
        return (language == Language.EN ? ENGLISH : SPANISH).format(instant.atZone(zone));
    }
}
