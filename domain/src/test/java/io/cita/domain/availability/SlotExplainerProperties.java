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
import org.junit.jupiter.api.Test;

/**
 * The explainer against the slot list: for any start, it says bookable exactly when the engine lists that start,
 * and it always gives a reason when it is not; the reasons name what is in the way.
 */
class SlotExplainerProperties {
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final LocalDate DAY = LocalDate.of(2030, 5, 6);
    private static final Instant DAY_START = DAY.atStartOfDay(MADRID).toInstant();
    private static final Instant NOW = DAY_START.minusSeconds(86_400);

    @Provide
    Arbitrary<int[]> occupations() {
        return Combinators.combine(Arbitraries.integers().between(0, 3 * 1440 - 1),
                Arbitraries.integers().between(5, 240)).as((start, length) -> new int[] {start, length});
    }

    private static SlotQuery query(Service service, List<int[]> busy) {
        List<Occupation> occupations = new ArrayList<>();
        for (int i = 0; i < busy.size(); i++) {
            Instant start = DAY_START.plusSeconds(busy.get(i)[0] * 60L);
            occupations.add(new Occupation("bkg_" + i, "res_a", "svc_other", start, start,
                    start.plusSeconds(busy.get(i)[1] * 60L), 1));
        }
        ResourceCalendar calendar = ResourceCalendar.of(resource("res_a", ResourceType.STAFF, MADRID),
                everyDay(LocalTime.of(9, 0), LocalTime.of(18, 0)), List.of(), occupations, null, DAY.minusDays(1),
                DAY.plusDays(3));
        return new SlotQuery(service, List.of(List.of(calendar)), DAY_START, DAY_START.plusSeconds(3 * 86_400L), NOW,
                1, false);
    }

    @Property(tries = 300)
    void aStartIsBookableExactlyWhenTheSlotListHasIt_andOtherwiseHasAReason(
            @ForAll @Size(max = 30) List<@From("occupations") int[]> busy,
            @ForAll @IntRange(min = 0, max = 30) int before, @ForAll @IntRange(min = 0, max = 30) int after,
            @ForAll("durations") int duration, @ForAll("grids") int grid,
            @ForAll @IntRange(min = 0, max = 3 * 1440 - 1) int minute, @ForAll @IntRange(min = 0, max = 3000) int notice,
            @ForAll @IntRange(min = 1, max = 3) int advanceDays) {
        SlotQuery query = query(service(duration, before, after, grid, 1, notice, advanceDays), busy);
        Instant start = DAY_START.plusSeconds(minute * 60L);
        boolean listed = new AvailabilityEngine().slots(query).stream().anyMatch(slot -> slot.start().equals(start));

        List<UnavailableReason> reasons = new SlotExplainer().whyNot(query, start, MADRID);
        assertThat(reasons.isEmpty()).isEqualTo(listed);
    }

    @Test
    void theReasonsNameWhatIsInTheWay() {
        Service service = service(30, 0, 15, 15, 1, 60, 2);
        SlotQuery query = query(service, List.of(new int[] {10 * 60, 30}));
        SlotExplainer explainer = new SlotExplainer();
        assertThat(explainer.whyNot(query, at(0, 9, 0), MADRID)).isEmpty();
        assertThat(explainer.whyNot(query, at(0, 10, 0), MADRID)).containsExactly(UnavailableReason.TAKEN);
        assertThat(explainer.whyNot(query, at(0, 9, 30), MADRID)).containsExactly(UnavailableReason.BUFFER_OVERLAP);
        assertThat(explainer.whyNot(query, at(0, 19, 0), MADRID))
                .containsExactly(UnavailableReason.OUTSIDE_WORKING_HOURS);
        assertThat(explainer.whyNot(query, at(0, 9, 7), MADRID))
                .containsExactly(UnavailableReason.OUTSIDE_WORKING_HOURS);
        assertThat(explainer.whyNot(query, at(2, 10, 0), MADRID))
                .containsExactly(UnavailableReason.BEYOND_ADVANCE_WINDOW);
        SlotQuery soon = new SlotQuery(service, query.candidates(), DAY_START, DAY_START.plusSeconds(86_400),
                at(0, 9, 45), 1, false);
        assertThat(explainer.whyNot(soon, at(0, 10, 30), MADRID)).containsExactly(UnavailableReason.MIN_NOTICE);
        assertThat(explainer.whyNot(new SlotQuery(service.deactivated(), query.candidates(), DAY_START,
                DAY_START.plusSeconds(86_400), NOW, 1, false), at(0, 9, 0), MADRID))
                .containsExactly(UnavailableReason.SERVICE_INACTIVE);
    }

    private static Instant at(int day, int hour, int minute) {
        return DAY.plusDays(day).atTime(hour, minute).atZone(MADRID).toInstant();
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
