package io.cita.domain.availability;

import static io.cita.domain.availability.Fixtures.everyDay;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Working ranges in epoch seconds agree with java.time's own resolution of every local time, on every day; a range
 * that a clock change leaves empty (00:00-01:00 on a day that starts at 01:00) is no range.
 */
class WorkingTimeProperties {

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of("Europe/Madrid", "America/Santiago", "America/Havana", "Asia/Beirut",
                "Australia/Lord_Howe", "America/New_York", "Asia/Kolkata", "UTC");
    }

    @Provide
    Arbitrary<LocalTime> quarterHours() {
        return Arbitraries.integers().between(0, 95).map(quarter -> LocalTime.ofSecondOfDay(quarter * 900L));
    }

    @Property(tries = 500)
    void everyDayMatchesJavaTime(@ForAll("zones") String zoneName, @ForAll("quarterHours") LocalTime open,
                                 @ForAll("quarterHours") LocalTime close, @ForAll @IntRange(min = 0, max = 2000) int offset,
                                 @ForAll @IntRange(min = 1, max = 60) int days) {
        Assume.that(close.equals(LocalTime.MIDNIGHT) || close.isAfter(open));
        ZoneId zone = ZoneId.of(zoneName);
        LocalDate first = LocalDate.of(2026, 1, 1).plusDays(offset);
        LocalDate last = first.plusDays(days - 1);

        long[] actual = WorkingTime.between(zone, everyDay(open, close), List.of(), first, last);

        List<Long> pairs = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            long start = epoch(date.atTime(open), zone);
            long end = close.equals(LocalTime.MIDNIGHT) ? date.plusDays(1).atStartOfDay(zone).toEpochSecond()
                    : epoch(date.atTime(close), zone);
            if (start < end) {
                pairs.add(start);
                pairs.add(end);
            }
        }
        long[] merged = Intervals.merge(pairs.stream().mapToLong(Long::longValue).toArray());
        long[] expected = new long[merged.length / 2 * 3];
        for (int i = 0, j = 0; i < merged.length; i += 2, j += 3) {
            expected[j] = merged[i];
            expected[j + 1] = merged[i + 1];
            expected[j + 2] = merged[i];
        }
        assertThat(actual).containsExactly(expected);
    }

    /** java.time's instant of a local time, except that a time in a spring-forward gap is the end of the gap. */
    private static long epoch(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition change = zone.getRules().getTransition(local);
        return change != null && change.isGap() ? change.toEpochSecond() : local.atZone(zone).toEpochSecond();
    }
}
