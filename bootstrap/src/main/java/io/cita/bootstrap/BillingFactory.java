package io.cita.bootstrap;

import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.InboundEvents;
import io.cita.application.port.out.Members;
import io.cita.application.port.out.PaymentEvents;
import io.cita.application.port.out.PaymentProvider;
import io.cita.application.port.out.Payments;
import io.cita.application.port.out.Subscriptions;
import io.cita.application.port.out.Tenants;
import io.cita.application.service.AuditTrail;
import io.cita.application.service.BillingGraceService;
import io.cita.application.service.BillingService;
import io.cita.application.service.PlanCache;
import io.cita.application.service.PlanOffersService;
import io.cita.application.service.SubscriptionCheckoutService;
import io.cita.application.service.TenantBilling;
import io.cita.application.service.TrialEndService;
import io.cita.application.service.delivery.AccountMail;
import io.cita.domain.billing.PlanAmount;
import io.cita.domain.billing.PlanPrices;
import io.cita.domain.plan.PlanCode;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Wires billing: plan prices and amounts from configuration, the Stripe webhook's service, the grace, checkout. */
@Factory
public class BillingFactory {
    @Singleton
    PlanPrices planPrices(@Value("${cita.billing.stripe.prices.starter:}") String starter,
                          @Value("${cita.billing.stripe.prices.professional:}") String professional,
                          @Value("${cita.billing.stripe.prices.enterprise:}") String enterprise,
                          @Value("${cita.billing.amounts.free:}") String freeAmounts,
                          @Value("${cita.billing.amounts.starter:}") String starterAmounts,
                          @Value("${cita.billing.amounts.professional:}") String professionalAmounts,
                          @Value("${cita.billing.amounts.enterprise:}") String enterpriseAmounts) {
        Map<PlanCode, List<String>> prices = new EnumMap<>(PlanCode.class);
        Map.of(PlanCode.STARTER, starter, PlanCode.PROFESSIONAL, professional, PlanCode.ENTERPRISE, enterprise)
                .forEach((plan, ids) -> prices.put(plan, Arrays.stream(ids.split(",")).map(String::strip)
                        .filter(id -> !id.isEmpty()).toList()));
        Map<PlanCode, List<PlanAmount>> amounts = new EnumMap<>(PlanCode.class);
        Map.of(PlanCode.FREE, freeAmounts, PlanCode.STARTER, starterAmounts, PlanCode.PROFESSIONAL,
                professionalAmounts, PlanCode.ENTERPRISE, enterpriseAmounts)
                .forEach((plan, text) -> amounts.put(plan, PlanAmount.parseAll(text)));
        return new PlanPrices(prices, amounts);
    }

    @Singleton
    TenantBilling tenantBilling(Tenants tenants, ClockPort clock, AuditTrail audit, Members members,
                                AccountMail mail) {
        return new TenantBilling(tenants, clock, audit, members, mail);
    }

    @Singleton
    BillingService billing(PaymentEvents reader, Subscriptions subscriptions, Payments payments, Tenants tenants,
                           InboundEvents events, PlanPrices prices, ClockPort clock, TenantBilling billing) {
        return new BillingService(reader, subscriptions, payments, tenants, events, prices, clock, billing);
    }

    @Singleton
    BillingGraceService billingGrace(Subscriptions subscriptions, Tenants tenants, TenantBilling billing,
                                     ClockPort clock) {
        return new BillingGraceService(subscriptions, tenants, billing, clock);
    }

    @Singleton
    TrialEndService trialEnd(Tenants tenants, Subscriptions subscriptions, AuditTrail audit, ClockPort clock) {
        return new TrialEndService(tenants, subscriptions, audit, clock);
    }

    @Singleton
    SubscriptionCheckoutService checkout(Tenants tenants, Subscriptions subscriptions, Payments payments,
                                         PaymentProvider provider, PlanPrices prices,
                                         @Value("${cita.public-url}") String publicUrl, ClockPort clock) {
        return new SubscriptionCheckoutService(tenants, subscriptions, payments, provider, prices, publicUrl, clock);
    }

    @Singleton
    PlanOffersService planOffers(PlanCache plans, PlanPrices prices) {
        return new PlanOffersService(plans, prices);
    }
}
