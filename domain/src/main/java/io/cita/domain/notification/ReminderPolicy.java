package io.cita.domain.notification;

import io.cita.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * When a business reminds its clients of a booking: offsets before the start (24 h and 2 h by default; whole days
 * count in the business's zone, so "24h" before 10:00 is 10:00 the day before even across a DST change) and quiet
 * hours (21:00-08:00 by default) in which nothing is sent: a reminder falling in them goes out at their end if that
 * is still before the appointment, else not at all. Read from the tenant's settings {@value #OFFSETS_SETTING} (for
 * example {@code 24h,2h}; empty for none) and {@value #QUIET_HOURS_SETTING} (for example {@code 21:00-08:00}; empty
 * for none).
 */
public record ReminderPolicy(List<Duration> offsets, LocalTime quietStart, LocalTime quietEnd) {
    private static final Duration LONGEST = Duration.ofDays(30);
    private static final int MOST = 5;
    public static final String OFFSETS_SETTING = "reminders.offsets";
    public static final String QUIET_HOURS_SETTING = "reminders.quietHours";
    public static final ReminderPolicy DEFAULT = new ReminderPolicy(List.of(Duration.ofHours(24), Duration.ofHours(2)),
            LocalTime.of(21, 0), LocalTime.of(8, 0));

    public ReminderPolicy {
        offsets = List.copyOf(offsets);
        if (offsets.size() > MOST || offsets.stream().anyMatch(o -> o.isNegative() || o.isZero()
                || o.compareTo(LONGEST) > 0)) {
            throw new InvalidValueException(OFFSETS_SETTING + " may list at most " + MOST
                    + " reminders, each between 1 minute and 30 days before");
        }
        if ((quietStart == null) != (quietEnd == null) || quietStart != null && quietStart.equals(quietEnd)) {
            throw new InvalidValueException(QUIET_HOURS_SETTING + " needs a start and a different end");
        }
    }

    /** The policy a tenant's settings give, the default for what they leave out; invalid settings are refused. */
    public static ReminderPolicy of(Map<String, String> settings) {
        List<Duration> offsets = settings.containsKey(OFFSETS_SETTING)
                ? offsets(settings.get(OFFSETS_SETTING)) : DEFAULT.offsets;
        String quiet = settings.get(QUIET_HOURS_SETTING);
        if (quiet == null) {
            return new ReminderPolicy(offsets, DEFAULT.quietStart, DEFAULT.quietEnd);
        }
        if (quiet.isBlank()) {
            return new ReminderPolicy(offsets, null, null);
        }
        String[] ends = quiet.trim().split("-");
        try {
            if (ends.length != 2) {
                throw new DateTimeParseException("no range", quiet, 0);
            }
            return new ReminderPolicy(offsets, LocalTime.parse(ends[0].trim()), LocalTime.parse(ends[1].trim()));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(QUIET_HOURS_SETTING + " must look like 21:00-08:00, or be empty for none");
        }
    }

    private static List<Duration> offsets(String text) {
        List<Duration> parsed = new ArrayList<>();
        for (String part : text.split(",")) {
            String offset = part.trim().toLowerCase(Locale.ROOT);
            if (offset.isEmpty()) {
                continue;
            }
            if (!offset.matches("\\d{1,5}[mhd]")) {
                throw new InvalidValueException(OFFSETS_SETTING + " must list offsets like 24h,2h,30m,2d");
            }
            long amount = Long.parseLong(offset.substring(0, offset.length() - 1));
            parsed.add(switch (offset.charAt(offset.length() - 1)) {
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            });
        }
        return parsed;
    }

    /**
     * When to remind of a booking starting at {@code start} in {@code zone}, as seen at {@code now}: one instant per
     * offset, moved out of the quiet hours, dropping those already past or no longer before the start; earliest
     * first, none twice.
     */
    public List<Instant> remindersFor(Instant start, ZoneId zone, Instant now) {
        TreeSet<Instant> instants = new TreeSet<>();
        ZonedDateTime local = start.atZone(zone);
        for (Duration offset : offsets) {
            long days = offset.toDays();
            Instant at = local.minusDays(days).toInstant().minus(offset.minusDays(days));
            Instant sent = outOfQuietHours(at, zone);
            if (sent.isBefore(start) && !sent.isBefore(now)) {
                instants.add(sent);
            }
        }
        return List.copyOf(instants);
    }

    /** {@code at}, or the end of the quiet hours it falls in. */
    public Instant outOfQuietHours(Instant at, ZoneId zone) {
        if (quietStart == null) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean overnight = quietStart.isAfter(quietEnd);
        boolean quiet = overnight ? !time.isBefore(quietStart) || time.isBefore(quietEnd)
                : !time.isBefore(quietStart) && time.isBefore(quietEnd);
        if (!quiet) {
            return at;
        }
        ZonedDateTime end = local.toLocalDate().atTime(quietEnd).atZone(zone);
        return (overnight && !time.isBefore(quietStart) ? end.plusDays(1) : end).toInstant();
    }
}
