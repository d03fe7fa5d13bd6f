package io.cita.application.service;

import io.cita.application.error.ConflictException;
import io.cita.application.error.InvalidRequestException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.AdministerTenantsUseCase;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.Payments;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.out.UsageCounters;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.billing.Payment;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.tenant.TenantStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the platform's super-admins do to tenants (plan and status, message credits) and read of them (payments);
 * every change is audited in the tenant's log.
 */
public class TenantAdministrationService implements AdministerTenantsUseCase {
    private static final int MOST_CREDITS = 100_000;
    private static final int MOST_REASON = 200;
    private static final int MOST_TRIAL_DAYS = 90;
    private final Tenants tenants;
    private final Lookups lookups;
    private final AuditTrail audit;
    private final UsageCounters usage;
    private final Payments payments;
    private final ClockPort clock;

    public TenantAdministrationService(Tenants tenants, AuditTrail audit, UsageCounters usage, Payments payments,
                                       ClockPort clock) {
        this.tenants = tenants;
        this.lookups = new Lookups(tenants, null);
        this.audit = audit;
        this.usage = usage;
        this.payments = payments;
        this.clock = clock;
    }

    @Override
    public Page<Tenant> list(PageRequest page) {
        return tenants.list(page);
    }

    @Override
    public Tenant get(String tenantId) {
        return lookups.tenant(tenantId);
    }

    @Override
    public Tenant changeSubscription(String tenantId, PlanCode plan, TenantStatus status, Actor actor) {
        Tenant current = lookups.tenant(tenantId);
        Tenant updated = current.withSubscription(plan == null ? current.plan() : plan,
                status == null ? current.status() : status);
        tenants.update(updated,
                audit.pending(tenantId, actor, "tenant.subscription-changed", "tenant", tenantId, current, updated));
        return updated;
    }

    @Override
    public CreditsGranted grantMessageCredits(String tenantId, int messages, YearMonth month, String reason,
                                              Actor actor) {
        if (messages < 1 || messages > MOST_CREDITS) {
            throw new InvalidRequestException("messages", "must be between 1 and " + MOST_CREDITS);
        }
        if (reason != null && reason.length() > MOST_REASON) {
            throw new InvalidRequestException("reason", "must be at most " + MOST_REASON + " characters");
        }
        Tenant tenant = lookups.tenant(tenantId);
        YearMonth current = YearMonth.from(clock.now().atZone(tenant.timezone()));
        YearMonth period = month == null ? current : month;
        if (period.isBefore(current)) {
            throw new InvalidRequestException("month", "must be the business's current month (" + current
                    + ") or a later one");
        }
        Map<String, Object> grant = new LinkedHashMap<>(Map.of("messages", messages, "month", period.toString()));
        if (reason != null && !reason.isBlank()) {
            grant.put("reason", reason.strip());
        }
        usage.grantMessages(tenantId, period, messages, audit.pending(tenantId, actor, "tenant.credits-granted",
                "tenant", tenantId, null, grant));
        return new CreditsGranted(period, usage.messagesGranted(tenantId, period));
    }

    @Override
    public Tenant extendTrial(String tenantId, int days, Actor actor) {
        if (days < 1 || days > MOST_TRIAL_DAYS) {
            throw new InvalidRequestException("days", "must be between 1 and " + MOST_TRIAL_DAYS);
        }
        Tenant current = lookups.tenant(tenantId);
        if (current.status() != TenantStatus.TRIAL) {
            throw new ConflictException("status", "Only a business on its free trial has one to extend; this one is "
                    + current.status());
        }
        Instant now = clock.now();
        Instant end = current.trialEndsAt() == null ? current.createdAt().plus(Tenant.TRIAL) : current.trialEndsAt();
        Tenant extended = current.withTrialEnd((end.isAfter(now) ? end : now).plus(Duration.ofDays(days)));
        tenants.update(extended, audit.pending(tenantId, actor, "tenant.trial-extended", "tenant", tenantId,
                Map.of("trialEndsAt", end.toString()), Map.of("trialEndsAt", extended.trialEndsAt().toString(),
                        "days", days)));
        return extended;
    }

    @Override
    public Page<Payment> allPayments(PageRequest page) {
        return payments.listAll(page);
    }

    @Override
    public Page<Payment> payments(String tenantId, PageRequest page) {
        return payments.list(lookups.tenant(tenantId).id(), page);
    }
}
