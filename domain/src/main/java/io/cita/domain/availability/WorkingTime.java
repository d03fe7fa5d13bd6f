package io.cita.domain.availability;

import io.cita.domain.schedule.ExceptionKind;
import io.cita.domain.schedule.ScheduleException;
import io.cita.domain.schedule.WeeklyRule;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * Turns weekly rules and exceptions, written in a resource's local time, into working ranges in epoch seconds.
 * The result is a flat array of triples {@code start, end, gridAnchor}, sorted and disjoint. A range that starts in a
 * spring-forward gap starts when the gap ends; an end of 00:00 means the end of the day.
 */
public final class WorkingTime {
    private WorkingTime() {
    }

    public static long[] between(ZoneId zone, List<WeeklyRule> rules, List<ScheduleException> exceptions,
                                 LocalDate firstDate, LocalDate lastDate) {
        LongList ranges = new LongList();
        LongList blocks = new LongList();
        for (LocalDate date = firstDate; !date.isAfter(lastDate); date = date.plusDays(1)) {
            boolean overridden = false;
            for (ScheduleException exception : exceptions) {
                if (exception.kind() == ExceptionKind.OVERRIDE_HOURS && date.equals(exception.date())) {
                    overridden = true;
                    ranges.add(epoch(date, exception.start(), zone), endEpoch(date, exception.end(), zone));
                }
            }
            if (!overridden) {
                for (WeeklyRule rule : rules) {
                    if (rule.appliesOn(date)) {
                        ranges.add(epoch(date, rule.start(), zone), endEpoch(date, rule.end(), zone));
                    }
                }
            }
            for (ScheduleException exception : exceptions) {
                if (!date.equals(exception.date())) {
                    continue;
                }
                if (exception.kind() == ExceptionKind.BLOCK_DATE) {
                    blocks.add(date.atStartOfDay(zone).toEpochSecond(), date.plusDays(1).atStartOfDay(zone).toEpochSecond());
                } else if (exception.kind() == ExceptionKind.BLOCK_TIMES) {
                    blocks.add(epoch(date, exception.start(), zone), endEpoch(date, exception.end(), zone));
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

    private static long epoch(LocalDate date, LocalTime time, ZoneId zone) {
        return date.atTime(time).atZone(zone).toEpochSecond();
    }

    private static long endEpoch(LocalDate date, LocalTime time, ZoneId zone) {
        return time.equals(LocalTime.MIDNIGHT) ? date.plusDays(1).atStartOfDay(zone).toEpochSecond() : epoch(date, time, zone);
    }

    /** Subtracts blocked pairs from range pairs; every remaining piece keeps the start of its range as grid anchor. */
    private static long[] subtractKeepingAnchors(long[] ranges, long[] blocked) {
        LongList out = new LongList();
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
        private long[] values = new long[16];
        private int size;

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

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
