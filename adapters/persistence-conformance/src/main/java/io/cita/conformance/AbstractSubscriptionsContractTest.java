package io.cita.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.port.out.Subscriptions;
import io.cita.domain.billing.BillingStatus;
import io.cita.domain.billing.Subscription;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Contract of subscriptions: one per tenant; a state replaces the stored one unless the stored one is newer, decided
 * in the write itself, so that of states saved at once in any order the newest is what stays. A PAST_DUE one whose
 * grace ended is claimed by one instance at a time, under a lease, until its grace is applied.
 */
public abstract class AbstractSubscriptionsContractTest extends PersistenceContract {
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00.123Z");

    protected abstract Subscriptions subscriptions();

    private static Subscription state(Tenant tenant, BillingStatus status, PlanCode plan, Instant at) {
        return new Subscription(tenant.id(), "sub_" + tenant.id(), "cus_" + tenant.id(), status, plan,
                at.plus(30, ChronoUnit.DAYS), null, false, at);
    }

    @Test
    void aNewerStateReplacesTheStoredOne_anOlderOneDoesNot() {
        Tenant tenant = newTenant();
        assertThat(subscriptions().find(tenant.id())).isEmpty();
        Subscription active = state(tenant, BillingStatus.ACTIVE, PlanCode.STARTER, AT);
        assertThat(subscriptions().save(active)).isTrue();
        assertThat(subscriptions().find(tenant.id())).contains(active);

        assertThat(subscriptions().save(state(tenant, BillingStatus.TRIALING, PlanCode.FREE, AT.minusSeconds(5))))
                .isFalse();
        assertThat(subscriptions().find(tenant.id())).contains(active);

        Subscription pastDue = new Subscription(tenant.id(), "sub_" + tenant.id(), null, BillingStatus.PAST_DUE,
                PlanCode.PROFESSIONAL, null, AT.plusSeconds(60), true, AT.plusSeconds(1));
        assertThat(subscriptions().save(pastDue)).isTrue();
        assertThat(subscriptions().find(tenant.id())).contains(pastDue);
        assertThat(subscriptions().find(newTenant().id())).isEmpty();
    }

    @Test
    void ofStatesSavedAtOnceInAnyOrder_theNewestStays() throws Exception {
        Tenant tenant = newTenant();
        List<Callable<Boolean>> saves = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Subscription s = state(tenant, i == 5 ? BillingStatus.CANCELED : BillingStatus.ACTIVE, PlanCode.STARTER,
                    AT.plusSeconds(i));
            saves.add(() -> subscriptions().save(s));
        }
        Collections.reverse(saves.subList(0, 4));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (var outcome : pool.invokeAll(saves)) {
                outcome.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(subscriptions().find(tenant.id()).orElseThrow().stateAt()).isEqualTo(AT.plusSeconds(7));
    }

    @Test
    void anEndedGrace_isClaimedByOneInstanceAtATime_untilItIsApplied() throws Exception {
        Instant now = AT.plus(40, ChronoUnit.DAYS);
        Duration lease = Duration.ofMinutes(2);
        Tenant ended = newTenant();
        Tenant endedToo = newTenant();
        Tenant running = newTenant();
        Tenant paying = newTenant();
        subscriptions().save(state(ended, BillingStatus.PAST_DUE, PlanCode.STARTER, now.minus(Duration.ofDays(8))));
        subscriptions().save(state(endedToo, BillingStatus.PAST_DUE, PlanCode.STARTER,
                now.minus(Subscription.GRACE)));
        subscriptions().save(state(running, BillingStatus.PAST_DUE, PlanCode.STARTER, now.minus(Duration.ofDays(6))));
        subscriptions().save(state(paying, BillingStatus.ACTIVE, PlanCode.STARTER, now.minus(Duration.ofDays(9))));
        Set<String> mine = Set.of(ended.id(), endedToo.id(), running.id(), paying.id());
        assertThat(subscriptions().find(ended.id()).orElseThrow().graceEndsAt())
                .isEqualTo(now.minus(Duration.ofDays(1)));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> claimed = new ArrayList<>();
        try {
            List<Callable<List<String>>> claims = List.of(() -> claimedOf(mine, "a", now, lease),
                    () -> claimedOf(mine, "b", now, lease));
            for (var claim : pool.invokeAll(claims)) {
                claimed.addAll(claim.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(claimed).as("each ended grace claimed by one instance").containsExactlyInAnyOrder(ended.id(),
                endedToo.id());
        assertThat(claimedOf(mine, "c", now.plusSeconds(60), lease)).as("while the lease runs").isEmpty();

        Instant later = now.plus(lease).plusSeconds(1);
        Subscription endedState = subscriptions().find(ended.id()).orElseThrow();
        subscriptions().graceApplied(ended.id(), endedState.stateAt());
        assertThat(claimedOf(mine, "c", later, lease)).as("a lapsed lease is claimed again; an applied grace is not")
                .containsExactly(endedToo.id());

        Subscription newer = state(endedToo, BillingStatus.PAST_DUE, PlanCode.STARTER, now.minusSeconds(10))
                .continuing(subscriptions().find(endedToo.id()).orElseThrow());
        subscriptions().save(newer);
        subscriptions().graceApplied(endedToo.id(), now.minus(Subscription.GRACE));
        assertThat(claimedOf(mine, "d", later.plus(lease).plusSeconds(1), lease))
                .as("applying an older state's grace leaves the newer state's queued").containsExactly(endedToo.id());
        assertThat(subscriptions().find(endedToo.id()).orElseThrow().graceEndsAt()).isEqualTo(now);
    }

    private List<String> claimedOf(Set<String> tenants, String owner, Instant now, Duration lease) {
        return subscriptions().claimGraceEnded(owner, now, lease, 50).stream().map(Subscription::tenantId)
                .filter(tenants::contains).collect(Collectors.toList());
    }
}
