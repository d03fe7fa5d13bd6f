package io.cita.domain.availability;

import static io.cita.domain.availability.Fixtures.everyDay;
import static io.cita.domain.availability.Fixtures.resource;
import static io.cita.domain.availability.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.cita.domain.catalog.Service;
import io.cita.domain.resource.ResourceType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The engine against a plain oracle on one resource: a grid start is a slot exactly when the service fits in the
 * working range and no occupation overlaps the buffered interval. Checks the scan's busy cursor and early exits.
 */
class EngineOracleProperties {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final LocalDate DAY = LocalDate.of(2030, 5, 6);
    private static final long DAY_START = DAY.atStartOfDay(UTC).toEpochSecond();

    @Provide
    Arbitrary<long[]> occupations() {
        // start minute in the 3 days, length in minutes
        return Combinators.combine(Arbitraries.integers().between(0, 3 * 1440 - 1),
                Arbitraries.integers().between(5, 240)).as((start, length) -> new long[] {start, length});
    }

    @Property(tries = 400)
    void slotsAreExactlyTheFreeGridStarts(@ForAll @Size(max = 40) List<@From("occupations") long[]> busy,
                                          @ForAll @IntRange(min = 0, max = 30) int before,
                                          @ForAll @IntRange(min = 0, max = 30) int after,
                                          @ForAll("durations") int duration, @ForAll("grids") int grid) {
        Service service = service(duration, before, after, grid, 1, 0, 730);
        List<Occupation> occupations = new ArrayList<>();
        for (int i = 0; i < busy.size(); i++) {
            Instant start = Instant.ofEpochSecond(DAY_START + busy.get(i)[0] * 60);
            occupations.add(new Occupation("bkg_" + i, "res_a", "svc_other", start, start,
                    start.plusSeconds(busy.get(i)[1] * 60), 1));
        }
        ResourceCalendar calendar = ResourceCalendar.of(resource("res_a", ResourceType.STAFF, UTC),
                everyDay(LocalTime.of(9, 0), LocalTime.of(18, 0)), List.of(), occupations, null, DAY, DAY.plusDays(2));
        List<Slot> slots = new AvailabilityEngine().slots(new SlotQuery(service, List.of(List.of(calendar)),
                Instant.ofEpochSecond(DAY_START), Instant.ofEpochSecond(DAY_START + 3 * 86_400L),
                Instant.ofEpochSecond(DAY_START - 86_400L), 1, false));

        List<Long> expected = new ArrayList<>();
        for (int day = 0; day < 3; day++) {
            long open = DAY_START + day * 86_400L + 9 * 3600;
            long close = DAY_START + day * 86_400L + 18 * 3600;
            for (long start = open; start + duration * 60L <= close; start += grid * 60L) {
                long occStart = start - before * 60L;
                long occEnd = start + (duration + after) * 60L;
                boolean free = busy.stream().noneMatch(b -> DAY_START + b[0] * 60 < occEnd
                        && occStart < DAY_START + (b[0] + b[1]) * 60);
                if (free) {
                    expected.add(start);
                }
            }
        }
        assertThat(slots).extracting(Slot::startEpochSecond).containsExactlyElementsOf(expected);
    }

    @Provide
    Arbitrary<Integer> durations() {
        return Arbitraries.of(15, 30, 45, 60, 90);
    }

    @Provide
    Arbitrary<Integer> grids() {
        return Arbitraries.of(5, 15, 20, 30, 60);
    }
}
