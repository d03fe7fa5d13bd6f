package io.cita.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.port.out.Subscriptions;
import io.cita.domain.billing.BillingStatus;
import io.cita.domain.billing.Subscription;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.tenant.Tenant;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Contract of subscriptions: one per tenant; a state replaces the stored one unless the stored one is newer, decided
 * in the write itself, so that of states saved at once in any order the newest is what stays.
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
}
