package io.cita.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.domain.catalog.ResourceRequirement;
import io.cita.domain.catalog.Service;
import io.cita.domain.resource.ResourceType;
import io.cita.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BookingPoliciesTest {
    private static final Instant NOW = Instant.parse("2030-03-04T08:00:00Z");

    private static Service service(boolean active) {
        return new Service("svc_1", "ten_1", null, "Cut", null, 45, 0, 0, 15, new Money(2500, "EUR"), 2, 120, 30, 24,
                false, active, List.of(new ResourceRequirement(ResourceType.STAFF, List.of())));
    }

    private static BookingAttempt attempt(Service service, Instant start, int seats, List<String> requested) {
        return new BookingAttempt(service, start, seats, requested, List.of(Set.of("res_a", "res_b")), NOW);
    }

    @Test
    void anAttemptInsideEveryRulePasses() {
        assertThat(BookingPolicies.firstBroken(attempt(service(true), NOW.plus(Duration.ofHours(3)), 2,
                List.of("res_a")))).isEmpty();
    }

    @Test
    void eachRuleNamesItsOwnRefusal() {
        Instant ok = NOW.plus(Duration.ofHours(3));
        assertThat(BookingPolicies.firstBroken(attempt(service(false), ok, 1, List.of())))
                .contains(BookingRule.SERVICE_INACTIVE);
        assertThat(BookingPolicies.firstBroken(attempt(service(true), NOW.minusSeconds(1), 1, List.of())))
                .contains(BookingRule.IN_PAST);
        assertThat(BookingPolicies.firstBroken(attempt(service(true), NOW.plus(Duration.ofMinutes(119)), 1, List.of())))
                .contains(BookingRule.MIN_NOTICE);
        assertThat(BookingPolicies.firstBroken(attempt(service(true), NOW.plus(Duration.ofDays(30)).plusSeconds(1), 1,
                List.of()))).contains(BookingRule.MAX_ADVANCE);
        assertThat(BookingPolicies.firstBroken(attempt(service(true), ok, 3, List.of())))
                .contains(BookingRule.CAPACITY_EXCEEDED);
        assertThat(BookingPolicies.firstBroken(attempt(service(true), ok, 1, List.of("res_z"))))
                .contains(BookingRule.RESOURCE_NOT_ELIGIBLE);
    }

    @Test
    void theNoticeAndAdvanceBoundariesThemselvesAreAllowed() {
        assertThat(BookingPolicies.firstBroken(attempt(service(true), NOW.plus(Duration.ofMinutes(120)), 1, List.of())))
                .isEmpty();
        assertThat(BookingPolicies.firstBroken(attempt(service(true), NOW.plus(Duration.ofDays(30)), 1, List.of())))
                .isEmpty();
    }
}
