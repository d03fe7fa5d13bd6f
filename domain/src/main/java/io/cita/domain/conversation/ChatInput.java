package io.cita.domain.conversation;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.DateTimeException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Understands what a customer typed, in Spanish or English: commands (menu, help, cancel, my bookings), yes/no,
 * a number from the offered list, a date (hoy, mañana, pasado mañana, weekday names, 25/11, 2025-11-25, today,
 * tomorrow) or a time (15:30, 3pm, 15 h).
 */
public final class ChatInput {
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2})$");
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$");
    private static final Pattern DAY_MONTH = Pattern.compile("^(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{2,4}))?$");
    private static final Pattern TIME_24 = Pattern.compile("^(\\d{1,2})[:.h](\\d{2})\\s*(?:h|hs|hrs)?$");
    private static final Pattern TIME_AMPM = Pattern.compile("^(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)$");
    private static final Pattern TIME_HOUR = Pattern.compile("^(\\d{1,2})\\s*(?:h|hs|hrs|horas)$");
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("lunes", DayOfWeek.MONDAY), Map.entry("martes", DayOfWeek.TUESDAY),
            Map.entry("miercoles", DayOfWeek.WEDNESDAY), Map.entry("jueves", DayOfWeek.THURSDAY),
            Map.entry("viernes", DayOfWeek.FRIDAY), Map.entry("sabado", DayOfWeek.SATURDAY),
            Map.entry("domingo", DayOfWeek.SUNDAY), Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sunday", DayOfWeek.SUNDAY));

    private ChatInput() {
    }

    /** What a message means. */
    public enum Kind { MENU, HELP, CANCEL, MY_BOOKINGS, YES, NO, MORE, CHOICE, DATE, TIME, TEXT }

    /** A message's meaning, with its number, date or time when it has one. */
    public record Meaning(Kind kind, int choice, LocalDate date, LocalTime time) {
        static Meaning of(Kind kind) {
            return new Meaning(kind, 0, null, null);
        }
    }

    /** Lower case, without accents, punctuation at the ends or repeated spaces. */
    public static String normalize(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).trim().replaceAll("^[¡¿!?.,]+|[¡¿!?.,]+$", "").replaceAll("\\s+", " ");
    }

    public static Meaning interpret(String text, LocalDate today) {
        String input = normalize(text);
        switch (input) {
            case "menu", "inicio", "start", "hola", "hi", "hello" -> {
                return Meaning.of(Kind.MENU);
            }
            case "ayuda", "help", "?" -> {
                return Meaning.of(Kind.HELP);
            }
            case "cancelar", "cancel", "salir", "stop" -> {
                return Meaning.of(Kind.CANCEL);
            }
            case "mis reservas", "mis turnos", "my bookings", "bookings", "reservas" -> {
                return Meaning.of(Kind.MY_BOOKINGS);
            }
            case "si", "sí", "yes", "y", "confirmar", "confirm", "ok", "dale" -> {
                return Meaning.of(Kind.YES);
            }
            case "no", "n", "volver", "back" -> {
                return Meaning.of(Kind.NO);
            }
            case "mas", "more", "ver mas", "siguiente", "next" -> {
                return Meaning.of(Kind.MORE);
            }
            default -> {
                // not a command: a number, a date, a time, or free text
            }
        }
        Matcher number = NUMBER.matcher(input);
        if (number.matches()) {
            return new Meaning(Kind.CHOICE, Integer.parseInt(number.group(1)), null, null);
        }
        Optional<LocalDate> date = date(input, today);
        if (date.isPresent()) {
            return new Meaning(Kind.DATE, 0, date.get(), null);
        }
        Optional<LocalTime> time = time(input);
        if (time.isPresent()) {
            return new Meaning(Kind.TIME, 0, null, time.get());
        }
        return Meaning.of(Kind.TEXT);
    }

    /** A date the customer named, the next one on or after {@code today} when no year is given. */
    public static Optional<LocalDate> date(String normalized, LocalDate today) {
        switch (normalized) {
            case "hoy", "today" -> {
                return Optional.of(today);
            }
            case "manana", "tomorrow" -> {
                return Optional.of(today.plusDays(1));
            }
            case "pasado manana", "day after tomorrow" -> {
                return Optional.of(today.plusDays(2));
            }
            default -> {
                // a weekday or a written date
            }
        }
        String word = normalized.replaceFirst("^(el|on|next|proximo|this|este) ", "");
        DayOfWeek weekday = WEEKDAYS.get(word);
        if (weekday != null) {
            return Optional.of(today.with(TemporalAdjusters.nextOrSame(weekday)));
        }
        try {
            Matcher iso = ISO_DATE.matcher(normalized);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher dayMonth = DAY_MONTH.matcher(normalized);
            if (dayMonth.matches()) {
                int day = Integer.parseInt(dayMonth.group(1));
                int month = Integer.parseInt(dayMonth.group(2));
                if (dayMonth.group(3) != null) {
                    int year = Integer.parseInt(dayMonth.group(3));
                    return Optional.of(LocalDate.of(year < 100 ? 2000 + year : year, month, day));
                }
                LocalDate candidate = LocalDate.of(today.getYear(), month, day);
                return Optional.of(candidate.isBefore(today) ? candidate.plusYears(1) : candidate);
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A time of day: 15:30, 9.30, 3pm, 3:30 pm, 15 h. */
    public static Optional<LocalTime> time(String normalized) {
        try {
            Matcher full = TIME_24.matcher(normalized);
            if (full.matches()) {
                return Optional.of(LocalTime.of(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2))));
            }
            Matcher ampm = TIME_AMPM.matcher(normalized);
            if (ampm.matches()) {
                int hour = Integer.parseInt(ampm.group(1));
                if (hour < 1 || hour > 12) {
                    return Optional.empty();
                }
                boolean pm = ampm.group(3).startsWith("p");
                int minutes = ampm.group(2) == null ? 0 : Integer.parseInt(ampm.group(2));
                return Optional.of(LocalTime.of(hour % 12 + (pm ? 12 : 0), minutes));
            }
            Matcher hour = TIME_HOUR.matcher(normalized);
            if (hour.matches()) {
                return Optional.of(LocalTime.of(Integer.parseInt(hour.group(1)), 0));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
