package io.cita.adapters.messaging;

import com.stripe.model.Invoice;
import com.stripe.model.InvoicePayment;
import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import io.cita.application.port.out.ReportedInvoice;
import io.cita.application.port.out.ReportedSubscription;
import java.time.Instant;
import java.util.Map;

/** Reads stripe-java's subscription and invoice objects as what Cita's billing needs of them. */
final class StripeObjects {
    static final String TENANT = "tenantId";

    private StripeObjects() {
    }

    /**
     * A subscription: the business from its metadata, its first item's price and period end; {@code trialEnding} when
     * the event announces the trial's end.
     */
    static ReportedSubscription subscription(Subscription s, Instant at, boolean trialEnding) {
        SubscriptionItem item = s.getItems() == null || s.getItems().getData() == null
                || s.getItems().getData().isEmpty() ? null : s.getItems().getData().get(0);
        return new ReportedSubscription(tenant(s.getMetadata()), s.getId(), s.getCustomer(), s.getStatus(),
                item == null || item.getPrice() == null ? null : item.getPrice().getId(),
                item == null ? null : instant(item.getCurrentPeriodEnd()), instant(s.getTrialEnd()),
                Boolean.TRUE.equals(s.getCancelAtPeriodEnd()), at, trialEnding);
    }

    /**
     * An invoice's payment: the business from its subscription's metadata (which Stripe copies onto the invoice), the
     * amount paid or due, and the first payment's intent (or charge) as the provider's reference.
     */
    static ReportedInvoice invoice(Invoice invoice, boolean paid, Instant at) {
        Invoice.Parent.SubscriptionDetails details = invoice.getParent() == null ? null
                : invoice.getParent().getSubscriptionDetails();
        Long amount = paid ? invoice.getAmountPaid() : invoice.getAmountDue();
        return new ReportedInvoice(details == null ? null : tenant(details.getMetadata()), invoice.getId(),
                details == null ? null : details.getSubscription(), paid, amount == null ? 0 : amount,
                invoice.getCurrency(), invoice.getCollectionMethod(), reference(invoice), invoice.getHostedInvoiceUrl(),
                instant(invoice.getCreated()), at);
    }

    private static String reference(Invoice invoice) {
        if (invoice.getPayments() == null || invoice.getPayments().getData() == null
                || invoice.getPayments().getData().isEmpty()) {
            return null;
        }
        InvoicePayment.Payment payment = invoice.getPayments().getData().get(0).getPayment();
        if (payment == null) {
            return null;
        }
        return payment.getPaymentIntent() != null ? payment.getPaymentIntent() : payment.getCharge();
    }

    private static String tenant(Map<String, String> metadata) {
        return metadata == null ? null : metadata.get(TENANT);
    }

    private static Instant instant(Long epochSeconds) {
        return epochSeconds == null ? null : Instant.ofEpochSecond(epochSeconds);
    }
}
