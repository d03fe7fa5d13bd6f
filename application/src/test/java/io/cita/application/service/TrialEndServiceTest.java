package io.cita.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.Subscriptions;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.query.VersionedTenant;
import io.cita.domain.billing.BillingStatus;
import io.cita.domain.billing.Subscription;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.tenant.BusinessType;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Slug;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.tenant.TenantStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Ending the trials that ran out: a business still on TRIAL that never subscribed goes on ACTIVE on the FREE plan with
 * an audit entry; one that subscribed, or is no longer on TRIAL, or whose trial was extended meanwhile, is left as it
 * is; every claimed trial is marked applied, at the end it was claimed with.
 */
class TrialEndServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private final CountingPorts ports = new CountingPorts();
    private final List<Tenant> updated = new ArrayList<>();
    private final List<AuditRecord> audited = new ArrayList<>();
    private final List<String> applied = new ArrayList<>();

    private static Tenant tenant(String id, TenantStatus status, Instant trialEnd) {
        return new Tenant(id, new Slug(id.replace('_', '-')), "Salon", BusinessType.SALON,
                ZoneId.of("Europe/Madrid"), "ES", "EUR", Language.ES, PlanCode.PROFESSIONAL, status, Map.of(),
                NOW.minus(Duration.ofDays(20)), trialEnd);
    }

    private TrialEndService service(List<Tenant> claimed, Map<String, Tenant> current, String subscribed) {
        Tenants tenants = ports.port(Tenants.class, Map.of(
                "claimTrialsEnded", args -> claimed,
                "findVersioned", args -> Optional.ofNullable(current.get((String) args[0]))
                        .map(tenant -> new VersionedTenant(tenant, 1)),
                "update", args -> {
                    updated.add((Tenant) args[0]);
                    audited.add((AuditRecord) args[1]);
                    return null;
                },
                "trialApplied", args -> applied.add(args[0] + "@" + args[1])));
        Subscriptions subscriptions = ports.port(Subscriptions.class, Map.of("find", args -> args[0]
                .equals(subscribed) ? Optional.of(new Subscription((String) args[0], "sub_1", "cus_1",
                BillingStatus.TRIALING, PlanCode.STARTER, null, null, false, NOW)) : Optional.empty()));
        ClockPort clock = () -> NOW;
        IdGenerator ids = ports.port(IdGenerator.class, Map.of("newId", args -> "aud_1"));
        return new TrialEndService(tenants, subscriptions, new AuditTrail(ids, clock), clock);
    }

    @Test
    void aTrialThatRanOut_goesOnActiveOnFree_unlessTheBusinessSubscribedOrItsTrialChanged() {
        Instant ended = NOW.minus(Duration.ofHours(1));
        Tenant lapsed = tenant("ten_lapsed", TenantStatus.TRIAL, ended);
        Tenant subscribed = tenant("ten_subscribed", TenantStatus.TRIAL, ended);
        Tenant extended = tenant("ten_extended", TenantStatus.TRIAL, ended);
        Tenant paying = tenant("ten_paying", TenantStatus.ACTIVE, ended);
        TrialEndService service = service(List.of(lapsed, subscribed, extended, paying), Map.of(
                lapsed.id(), lapsed, subscribed.id(), subscribed, paying.id(), paying,
                extended.id(), extended.withTrialEnd(NOW.plus(Duration.ofDays(5)))), subscribed.id());

        assertThat(service.endTrials()).isEqualTo(1);
        assertThat(updated).containsExactly(lapsed.withSubscription(PlanCode.FREE, TenantStatus.ACTIVE));
        assertThat(audited.get(0).entry().action()).isEqualTo("tenant.trial-ended");
        assertThat(applied).containsExactly(lapsed.id() + "@" + ended, subscribed.id() + "@" + ended,
                extended.id() + "@" + ended, paying.id() + "@" + ended);
    }
}
