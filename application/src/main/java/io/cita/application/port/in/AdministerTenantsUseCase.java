package io.cita.application.port.in;

import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.billing.Payment;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.tenant.TenantStatus;
import java.time.YearMonth;

/**
 * The platform's super-admins list tenants, change their plan and status, grant message credits and read payments.
 */
public interface AdministerTenantsUseCase {
    Page<Tenant> list(PageRequest page);

    Tenant get(String tenantId);

    /** Changes the plan and/or status (null keeps it). */
    Tenant changeSubscription(String tenantId, PlanCode plan, TenantStatus status, Actor actor);

    /**
     * Grants {@code messages} (1-100,000) credits beyond the plan's for {@code month} (null: the tenant's current
     * month; never a past one), audited with the {@code reason} given (up to 200 characters); the month and its
     * credits granted in all.
     */
    CreditsGranted grantMessageCredits(String tenantId, int messages, YearMonth month, String reason, Actor actor);

    /**
     * Extends a business's free trial by {@code days} (1-90) from its end, or from now when it has ended; only a
     * business still on its trial (TRIAL). Audited.
     */
    Tenant extendTrial(String tenantId, int days, Actor actor);

    /** The tenant's payments, the newest invoice first. */
    Page<Payment> payments(String tenantId, PageRequest page);

    /** Every business's payments, each once across the pages. */
    Page<Payment> allPayments(PageRequest page);

    /** A month and the message credits granted for it in all. */
    record CreditsGranted(YearMonth month, long messagesGranted) {
    }
}
