package io.cita.application.port.in;

import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.billing.Payment;
import io.cita.domain.billing.PlanPrices;
import io.cita.domain.billing.Subscription;
import io.cita.domain.plan.PlanCode;
import java.util.Optional;

/** A business's own billing: paying for a plan, managing the subscription, and reading it. Owners only pay. */
public interface ManageBillingUseCase {
    /**
     * The URL of a hosted checkout subscribing the business to {@code plan}, paid every {@code interval}; after it the
     * payer is sent to {@code successUrl} or, on giving up, {@code cancelUrl} (null: the public URL).
     */
    String checkout(String tenantId, PlanCode plan, PlanPrices.Interval interval, String successUrl, String cancelUrl,
                    Actor actor);

    /** The URL of the hosted page where the owner manages the subscription, returning to {@code returnUrl}. */
    String portal(String tenantId, String returnUrl, Actor actor);

    Optional<Subscription> subscription(String tenantId);

    /** The business's payments, the newest invoice first. */
    Page<Payment> payments(String tenantId, PageRequest page);
}
