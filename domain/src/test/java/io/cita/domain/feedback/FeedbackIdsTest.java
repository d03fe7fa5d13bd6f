package io.cita.domain.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Request ids: the same for the same request, apart across businesses, and in the order asked, floor included. */
class FeedbackIdsTest {
    @Property
    void idsSortByTheTimeAsked_andAPeriodIsTheRangeBetweenItsFloors(
            @ForAll @LongRange(min = 0, max = 4_000_000_000_000L) long a,
            @ForAll @LongRange(min = 0, max = 4_000_000_000_000L) long b) {
        Instant first = Instant.ofEpochMilli(a);
        Instant second = Instant.ofEpochMilli(b);
        String one = FeedbackIds.of("ten_1", "bkg_1", first);
        String two = FeedbackIds.of("ten_1", "bkg_2", second);
        if (a < b) {
            assertThat(one).isLessThan(two);
            assertThat(one).isLessThan(FeedbackIds.floor(second));
        }
        assertThat(one).isGreaterThanOrEqualTo(FeedbackIds.floor(first));
        assertThat(one).isEqualTo(FeedbackIds.of("ten_1", "bkg_1", first));
        assertThat(one).isNotEqualTo(FeedbackIds.of("ten_2", "bkg_1", first));
        assertThat(one).startsWith("fbk_").hasSize(4 + 9 + 24);
    }
}
