package io.cita.domain.availability;

import io.cita.domain.schedule.ExceptionKind;
import io.cita.domain.schedule.ScheduleException;
import io.cita.domain.schedule.WeeklyRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.List;

/**
 * Turns weekly rules and exceptions, written in a resource's local time, into working ranges in epoch seconds.
 * The result is a flat array of triples {@code start, end, gridAnchor}, sorted and disjoint. A range that starts in a
 * spring-forward gap starts when the gap ends; an end of 00:00 means the end of the day.
 */
public final class WorkingTime {
    private static final long SECONDS_PER_DAY = 86_400;

    private WorkingTime() {
    }

    /** The working ranges of local dates {@code firstDate..lastDate}; indexed loops keep the daily pass lean. */
    public static long[] between(ZoneId zone, List<WeeklyRule> rules, List<ScheduleException> exceptions,
                                 LocalDate firstDate, LocalDate lastDate) {
        long days = lastDate.toEpochDay() - firstDate.toEpochDay() + 1;
        LongList ranges = new LongList((int) Math.min(Integer.MAX_VALUE - 8, Math.max(0, days) * 2
                * Math.max(1, (rules.size() + 6) / 7) + 8));
        LongList blocks = new LongList(16);
        DayClock clock = new DayClock(zone);
        for (LocalDate date = firstDate; !date.isAfter(lastDate); date = date.plusDays(1)) {
            clock.moveTo(date);
            boolean overridden = false;
            for (int e = 0; e < exceptions.size(); e++) {
                ScheduleException exception = exceptions.get(e);
                if (exception.kind() == ExceptionKind.OVERRIDE_HOURS && date.equals(exception.date())) {
                    overridden = true;
                    ranges.add(clock.epoch(exception.start()), clock.endEpoch(exception.end()));
                }
            }
            if (!overridden) {
                for (int r = 0; r < rules.size(); r++) {
                    WeeklyRule rule = rules.get(r);
                    if (rule.appliesOn(date)) {
                        ranges.add(clock.epoch(rule.start()), clock.endEpoch(rule.end()));
                    }
                }
            }
            for (int e = 0; e < exceptions.size(); e++) {
                ScheduleException exception = exceptions.get(e);
                if (!date.equals(exception.date())) {
                    continue;
                }
                if (exception.kind() == ExceptionKind.BLOCK_DATE) {
                    blocks.add(clock.startOfDay(), clock.endEpoch(LocalTime.MIDNIGHT));
                } else if (exception.kind() == ExceptionKind.BLOCK_TIMES) {
                    blocks.add(clock.epoch(exception.start()), clock.endEpoch(exception.end()));
                }
            }
        }
        for (ScheduleException exception : exceptions) {
            if (exception.kind() == ExceptionKind.BLOCK_INSTANTS) {
                blocks.add(exception.from().getEpochSecond(), exception.until().getEpochSecond());
            }
        }
        long[] merged = Intervals.merge(ranges.toArray());
        long[] blocked = Intervals.merge(blocks.toArray());
        return subtractKeepingAnchors(merged, blocked);
    }

    /**
     * Local times of one day as epoch seconds. On a day without an offset change (all but two a year) that is the
     * start of the day plus the time; across a change it asks java.time: a time in an overlap is its earlier instant,
     * a time in a gap the end of the gap.
     */
    private static final class DayClock {
        private final ZoneId zone;
        private final ZoneRules rules;
        private LocalDate date;
        private long startOfDay;
        private long nextStartOfDay;
        private boolean uniform;
        private long nextChange;

        DayClock(ZoneId zone) {
            this.zone = zone;
            this.rules = zone.getRules();
        }

        /**
         * Moves to {@code day}. A day that starts at 00:00 (not at the end of a gap) and has no offset change before
         * the next midnight is uniform: its next midnight is 24 hours on. After a uniform day, the zone's rules are
         * consulted again only when the next known offset change comes before the next midnight.
         */
        void moveTo(LocalDate day) {
            boolean following = date != null && day.toEpochDay() == date.toEpochDay() + 1;
            date = day;
            if (following && uniform && nextStartOfDay + SECONDS_PER_DAY < nextChange) {
                startOfDay = nextStartOfDay;
                nextStartOfDay = startOfDay + SECONDS_PER_DAY;
                return;
            }
            startOfDay = following ? nextStartOfDay : day.atStartOfDay(zone).toEpochSecond();
            Instant midnight = Instant.ofEpochSecond(startOfDay);
            ZoneOffsetTransition next = rules.nextTransition(midnight);
            nextChange = next == null ? Long.MAX_VALUE : next.toEpochSecond();
            boolean startsAtZeroHours = startOfDay + rules.getOffset(midnight).getTotalSeconds()
                    == day.toEpochDay() * SECONDS_PER_DAY;
            uniform = startsAtZeroHours && nextChange > startOfDay + SECONDS_PER_DAY;
            nextStartOfDay = uniform ? startOfDay + SECONDS_PER_DAY
                    : day.plusDays(1).atStartOfDay(zone).toEpochSecond();
        }

        long startOfDay() {
            return startOfDay;
        }

        /** A local time as epoch seconds; one inside a spring-forward gap is the instant the gap ends. */
        long epoch(LocalTime time) {
            if (uniform) {
                return startOfDay + time.toSecondOfDay();
            }
            LocalDateTime local = date.atTime(time);
            ZoneOffsetTransition change = rules.getTransition(local);
            return change != null && change.isGap() ? change.toEpochSecond() : local.atZone(zone).toEpochSecond();
        }

        /** As {@link #epoch}, except that 00:00 is the end of the day. */
        long endEpoch(LocalTime time) {
            return time.equals(LocalTime.MIDNIGHT) ? nextStartOfDay : epoch(time);
        }
    }

    /** Subtracts blocked pairs from range pairs; every remaining piece keeps the start of its range as grid anchor. */
    private static long[] subtractKeepingAnchors(long[] ranges, long[] blocked) {
        LongList out = new LongList(ranges.length / 2 * 3 + blocked.length / 2 * 3 + 3);
        int b = 0;
        for (int i = 0; i < ranges.length; i += 2) {
            long anchor = ranges[i];
            long cursor = ranges[i];
            long end = ranges[i + 1];
            while (b < blocked.length && blocked[b + 1] <= cursor) {
                b += 2;
            }
            int k = b;
            while (cursor < end && k < blocked.length && blocked[k] < end) {
                if (blocked[k] > cursor) {
                    out.add(cursor, blocked[k], anchor);
                }
                cursor = Math.max(cursor, blocked[k + 1]);
                k += 2;
            }
            if (cursor < end) {
                out.add(cursor, end, anchor);
            }
        }
        return out.toArray();
    }

    /** A growable array of longs, so building ranges allocates no boxed values. */
    static final class LongList {
        private long[] values;
        private int size;

        LongList(int capacity) {
            values = new long[Math.max(4, capacity)];
        }

        void add(long a, long b) {
            add(a);
            add(b);
        }

        void add(long a, long b, long c) {
            add(a);
            add(b);
            add(c);
        }

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        /** The values added; the backing array itself when it is exactly full. */
        long[] toArray() {
            return size == values.length ? values : Arrays.copyOf(values, size);
        }
    }
}
