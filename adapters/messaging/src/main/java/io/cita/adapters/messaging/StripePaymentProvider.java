package io.cita.adapters.messaging;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.param.checkout.SessionCreateParams;
import io.cita.application.error.PaymentProviderUnavailableException;
import io.cita.application.port.out.PaymentProvider;
import jakarta.inject.Singleton;

/**
 * Stripe behind the {@link PaymentProvider} port, through stripe-java's {@link StripeClient}: Checkout sessions in
 * subscription mode (the tenant as {@code client_reference_id} and as the subscription's {@code tenantId} metadata,
 * which the billing webhook reads) and billing-portal sessions.
 */
@Singleton
public class StripePaymentProvider implements PaymentProvider {
    private final StripeClient client;

    public StripePaymentProvider(StripeConnection connection) {
        this.client = connection.client().orElse(null);
    }

    @Override
    public boolean configured() {
        return client != null;
    }

    @Override
    public String checkout(Checkout checkout) {
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                .setClientReferenceId(checkout.tenantId()).putMetadata("tenantId", checkout.tenantId())
                .addLineItem(SessionCreateParams.LineItem.builder().setPrice(checkout.priceId()).setQuantity(1L)
                        .build())
                .setSubscriptionData(subscriptionData(checkout))
                .setSuccessUrl(checkout.successUrl()).setCancelUrl(checkout.cancelUrl());
        if (checkout.customerId() != null) {
            params.setCustomer(checkout.customerId());
        }
        try {
            return client.v1().checkout().sessions().create(params.build()).getUrl();
        } catch (StripeException e) {
            throw new PaymentProviderUnavailableException("Stripe refused the checkout: " + e.getCode(), e);
        }
    }

    /** The subscription's metadata naming the business, and the end of its free trial when one is left. */
    private static SessionCreateParams.SubscriptionData subscriptionData(Checkout checkout) {
        SessionCreateParams.SubscriptionData.Builder data = SessionCreateParams.SubscriptionData.builder()
                .putMetadata("tenantId", checkout.tenantId());
        if (checkout.trialEnd() != null) {
            data.setTrialEnd(checkout.trialEnd().getEpochSecond());
        }
        return data.build();
    }

    @Override
    public String portal(String customerId, String returnUrl) {
        try {
            return client.v1().billingPortal().sessions().create(com.stripe.param.billingportal.SessionCreateParams
                    .builder().setCustomer(customerId).setReturnUrl(returnUrl).build()).getUrl();
        } catch (StripeException e) {
            throw new PaymentProviderUnavailableException("Stripe refused the portal session: " + e.getCode(), e);
        }
    }
}
