package io.cita.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.domain.plan.PlanCode;
import io.cita.domain.tenant.TenantStatus;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * A failed payment's grace: seven days from the first report of the failure, kept (never renewed) while the payment
 * keeps failing, gone once paid; the business is suspended exactly when a failing subscription's grace has ended.
 */
class SubscriptionGraceTest {
    private static final Instant FAILED = Instant.parse("2026-12-01T08:00:00Z");

    private static Subscription state(BillingStatus status, Instant at) {
        return new Subscription("t1", "sub_1", "cus_1", status, PlanCode.STARTER, null, null, false, at);
    }

    @Test
    void theGraceRunsFromTheFirstFailure_andEndsWhenPaid() {
        Subscription failed = state(BillingStatus.PAST_DUE, FAILED);
        assertThat(failed.graceEndsAt()).isEqualTo(FAILED.plus(Subscription.GRACE));
        Subscription retriedAndFailed = failed.reported(BillingStatus.PAST_DUE, FAILED.plus(Duration.ofDays(3)));
        assertThat(retriedAndFailed.graceEndsAt()).as("a retry that fails again").isEqualTo(failed.graceEndsAt());
        Subscription paid = retriedAndFailed.reported(BillingStatus.ACTIVE, FAILED.plus(Duration.ofDays(4)));
        assertThat(paid.graceEndsAt()).isNull();
        Subscription failedAgain = paid.reported(BillingStatus.PAST_DUE, FAILED.plus(Duration.ofDays(40)));
        assertThat(failedAgain.graceEndsAt()).as("a new failure after paying")
                .isEqualTo(FAILED.plus(Duration.ofDays(47)));
        assertThat(state(BillingStatus.ACTIVE, FAILED).continuing(failed).graceEndsAt()).isNull();
    }

    @Property
    void aFailingBusinessIsSuspendedExactlyWhenItsGraceHasEnded(
            @ForAll @LongRange(min = -100_000, max = 1_500_000) long secondsAfterFailure) {
        Instant now = FAILED.plusSeconds(secondsAfterFailure);
        boolean ended = secondsAfterFailure >= Subscription.GRACE.toSeconds();
        assertThat(state(BillingStatus.PAST_DUE, FAILED).tenantStatus(now))
                .contains(ended ? TenantStatus.SUSPENDED : TenantStatus.PAST_DUE);
        assertThat(state(BillingStatus.ACTIVE, FAILED).tenantStatus(now)).contains(TenantStatus.ACTIVE);
    }
}
