package io.cita.adapters.rest.dto;

import io.cita.application.error.InvalidRequestException;
import io.cita.domain.shared.EmailAddress;
import io.cita.domain.shared.Money;
import io.cita.domain.shared.PhoneNumber;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses request fields into domain values, naming the field in every error. */
public final class Fields {
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private Fields() {
    }

    public static <T> T required(String field, T value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw new InvalidRequestException(field, "is required");
        }
        return value;
    }

    public static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }


    public static ZoneId zone(String field, String value) {
        try {
            if (value == null || value.length() > 64 || !value.contains("/") && !"UTC".equals(value)) {
                throw new DateTimeException("not a region id");
            }
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new InvalidRequestException(field, "must be an IANA time zone such as Europe/Madrid");
        }
    }

    /** A query flag: true or false in any case; null when absent; anything else is refused, never read as false. */
    public static Boolean flag(String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        throw new InvalidRequestException(field, "must be true or false");
    }

    public static LocalDate date(String field, String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new InvalidRequestException(field, "must be a date YYYY-MM-DD");
        }
    }

    public static YearMonth month(String field, String value) {
        try {
            return value == null ? null : YearMonth.parse(value);
        } catch (DateTimeException e) {
            throw new InvalidRequestException(field, "must be a month YYYY-MM");
        }
    }

    public static LocalTime time(String field, String value) {
        try {
            return value == null ? null : LocalTime.parse(value);
        } catch (DateTimeException e) {
            throw new InvalidRequestException(field, "must be a local time HH:MM");
        }
    }

    public static Instant instant(String field, String value) {
        try {
            return value == null ? null : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidRequestException(field, "must be an RFC 3339 date-time with offset, e.g. 2030-03-04T10:00:00+01:00");
        }
    }

    public static <E extends Enum<E>> E enumValue(String field, Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public static EmailAddress email(String field, String value) {
        try {
            return value == null ? null : new EmailAddress(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, e.getMessage());
        }
    }

    public static PhoneNumber phone(String field, String value) {
        try {
            return value == null ? null : new PhoneNumber(value.replaceAll("[\\s()-]", ""));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, e.getMessage());
        }
    }

    public static Money money(String field, MoneyJson value) {
        required(field, value);
        try {
            return new Money(required(field + ".amount", value.amount()), required(field + ".currency", value.currency()));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, e.getMessage());
        }
    }

    /** An instant as RFC 3339 with the local offset of {@code zone}. */
    public static String format(Instant instant, ZoneId zone) {
        return instant == null ? null : RFC_3339.format(instant.atZone(zone));
    }
}
