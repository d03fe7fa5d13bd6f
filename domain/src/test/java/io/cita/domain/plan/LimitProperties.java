package io.cita.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cita.domain.shared.InvalidValueException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** What a limit lets through: below its bound, never at or past it, and always when unlimited. */
class LimitProperties {

    @Property
    void oneMoreFitsExactlyWhileTheUsedCountIsBelowTheBound(@ForAll @IntRange(min = 0, max = 10_000) int bound,
                                                           @ForAll @LongRange(min = 0, max = 20_000) long used) {
        assertThat(Limit.of(bound).allowsOneMore(used)).isEqualTo(used < bound);
    }

    @Property
    void severalFitExactlyWhenTheyStayWithinTheBound(@ForAll @IntRange(min = 0, max = 10_000) int bound,
                                                    @ForAll @LongRange(min = 0, max = 20_000) long used,
                                                    @ForAll @IntRange(min = 1, max = 50) int more) {
        assertThat(Limit.of(bound).allows(used, more)).isEqualTo(used + more <= bound);
    }

    @Property
    void unlimitedLetsEverythingThrough(@ForAll @LongRange(min = 0) long used) {
        assertThat(Limit.unlimited().allowsOneMore(used)).isTrue();
    }

    @Property
    void theStoredFormRoundTrips(@ForAll @IntRange(min = -1, max = 10_000) int stored) {
        assertThat(Limit.fromStored(stored).toStored()).isEqualTo(stored);
        assertThat(Limit.fromStored(stored).isUnlimited()).isEqualTo(stored == -1);
    }

    @Test
    void aZeroLimitAllowsNothing_andAnUnlimitedOneHasNoBound() {
        assertThat(Limit.of(0).allowsOneMore(0)).isFalse();
        assertThat(Limit.of(0).bound()).isZero();
        assertThatThrownBy(() -> Limit.unlimited().bound()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Limit.of(-1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Limit.fromStored(-2)).isInstanceOf(InvalidValueException.class);
    }
}
