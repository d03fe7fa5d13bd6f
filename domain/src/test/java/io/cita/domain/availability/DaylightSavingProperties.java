package io.cita.domain.availability;

import static io.cita.domain.availability.Fixtures.everyDay;
import static io.cita.domain.availability.Fixtures.resource;
import static io.cita.domain.availability.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.cita.domain.catalog.Service;
import io.cita.domain.resource.Resource;
import io.cita.domain.resource.ResourceType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Slots across daylight-saving transitions, including zones whose clocks change at midnight. */
class DaylightSavingProperties {
    private final AvailabilityEngine engine = new AvailabilityEngine();

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of("Europe/Madrid", "America/Santiago", "America/New_York");
    }

    @Provide
    Arbitrary<Integer> gridMinutes() {
        return Arbitraries.of(15, 20, 30, 45, 60);
    }

    /** The local dates of a zone's transitions in 2026-2031, so every run lands on a changing day. */
    private static List<LocalDate> transitionDays(ZoneId zone) {
        List<LocalDate> days = new ArrayList<>();
        Instant cursor = LocalDate.of(2026, 1, 1).atStartOfDay(zone).toInstant();
        for (int i = 0; i < 12; i++) {
            ZoneOffsetTransition next = zone.getRules().nextTransition(cursor);
            days.add(LocalDateTime.ofInstant(next.getInstant(), next.getOffsetAfter()).toLocalDate());
            cursor = next.getInstant();
        }
        return days;
    }

    private List<Slot> dayOfSlots(ZoneId zone, LocalDate day, LocalTime open, LocalTime close, int grid) {
        Resource staff = resource("res_a", ResourceType.STAFF, zone);
        Service service = service(grid, 0, 0, grid, 1, 0, 730);
        ResourceCalendar calendar = ResourceCalendar.of(staff, everyDay(open, close), List.of(), List.of(), null,
                day, day);
        return engine.slots(new SlotQuery(service, List.of(List.of(calendar)), day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant(), day.minusDays(10).atStartOfDay(zone).toInstant(), 1, false));
    }

    @Property(tries = 200)
    void onATransitionDay_aWholeDayScheduleFollowsRealElapsedTime(@ForAll("zones") String zoneName,
                                                                   @ForAll("gridMinutes") int grid,
                                                                   @ForAll @IntRange(min = 0, max = 11) int which) {
        ZoneId zone = ZoneId.of(zoneName);
        LocalDate day = transitionDays(zone).get(which);
        List<Slot> slots = dayOfSlots(zone, day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, grid);

        long dayLength = Duration.between(day.atStartOfDay(zone), day.plusDays(1).atStartOfDay(zone)).getSeconds();
        assertThat(slots).hasSize((int) (dayLength / (grid * 60L)));
        for (int i = 1; i < slots.size(); i++) {
            assertThat(Duration.between(slots.get(i - 1).start(), slots.get(i).start())).isEqualTo(Duration.ofMinutes(grid));
        }
        assertThat(slots.get(0).start()).isEqualTo(day.atStartOfDay(zone).toInstant());
    }

    /**
     * A working range that opens at a local time the day does not have (02:30 on a spring-forward day in Madrid) opens
     * when the gap ends (03:00), not at the asked-for time shifted by the gap (03:30); every other opening time is
     * taken as asked. The day's slots are that opening plus whole grid steps of real time, on that local date, and on
     * a day whose clocks spring forward no two of them share a local wall time.
     */
    @Property(tries = 300)
    void slotsOpenWhereTheWorkingTimeReallyStarts(@ForAll("zones") String zoneName, @ForAll("gridMinutes") int grid,
                                                  @ForAll @IntRange(min = 0, max = 11) int which,
                                                  @ForAll @IntRange(min = 0, max = 3) int openHour,
                                                  @ForAll("quarters") int openMinute) {
        ZoneId zone = ZoneId.of(zoneName);
        LocalDate day = transitionDays(zone).get(which);
        LocalDateTime askedFor = day.atTime(openHour, openMinute);
        List<Slot> slots = dayOfSlots(zone, day, askedFor.toLocalTime(), LocalTime.of(6, 0), grid);

        ZoneOffsetTransition change = zone.getRules().getTransition(askedFor);
        boolean inTheGap = !zone.getRules().isValidOffset(askedFor, zone.getRules().getOffset(askedFor))
                || change != null && change.isGap();
        Instant opening = inTheGap ? change.getInstant() : askedFor.atZone(zone).toInstant();
        assertThat(slots).isNotEmpty();
        assertThat(slots.get(0).start()).isEqualTo(opening);
        for (int i = 0; i < slots.size(); i++) {
            assertThat(slots.get(i).start()).isEqualTo(opening.plus(Duration.ofMinutes((long) grid * i)));
            assertThat(LocalDateTime.ofInstant(slots.get(i).start(), zone).toLocalDate()).isEqualTo(day);
        }
        if (springsForward(zone, day)) {
            assertThat(slots.stream().map(slot -> LocalDateTime.ofInstant(slot.start(), zone))).doesNotHaveDuplicates();
        }
    }

    @Provide
    Arbitrary<Integer> quarters() {
        return Arbitraries.of(0, 15, 30, 45);
    }

    private static boolean springsForward(ZoneId zone, LocalDate day) {
        ZoneOffsetTransition next = zone.getRules().nextTransition(day.atStartOfDay(zone).toInstant().minusSeconds(1));
        return next.isGap() && !LocalDateTime.ofInstant(next.getInstant(), next.getOffsetAfter()).toLocalDate().isAfter(day);
    }
}
