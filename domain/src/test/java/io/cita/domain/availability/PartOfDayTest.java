package io.cita.domain.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PartOfDayTest {
    @Property
    void everyTimeOfDayIsInExactlyOnePart(@ForAll @IntRange(min = 0, max = 86_399) int second) {
        LocalTime time = LocalTime.ofSecondOfDay(second);
        assertThat(Arrays.stream(PartOfDay.values()).filter(part -> part.contains(time))).hasSize(1);
    }

    @Test
    void theBoundariesBelongToTheLaterPart() {
        assertThat(PartOfDay.MORNING.contains(LocalTime.of(11, 59))).isTrue();
        assertThat(PartOfDay.AFTERNOON.contains(LocalTime.NOON)).isTrue();
        assertThat(PartOfDay.EVENING.contains(LocalTime.of(18, 0))).isTrue();
        assertThat(PartOfDay.EVENING.contains(LocalTime.of(23, 59, 59))).isTrue();
    }
}
