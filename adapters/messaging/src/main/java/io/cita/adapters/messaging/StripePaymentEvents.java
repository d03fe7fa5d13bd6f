package io.cita.adapters.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.StripeClient;
import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.Invoice;
import com.stripe.model.StripeObject;
import com.stripe.model.Subscription;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;
import io.cita.application.error.PaymentProviderUnavailableException;
import io.cita.application.port.out.PaymentEvent;
import io.cita.application.port.out.PaymentEvents;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Stripe's webhook events behind the {@link PaymentEvents} port: verified with stripe-java's own
 * {@code Webhook.constructEvent} (the {@code Stripe-Signature} HMAC and a 300-second tolerance), then read at the API
 * version this stripe-java is pinned to. An event of another version has its object fetched from Stripe, as does a
 * completed checkout (which carries only the subscription's id); without a secret key to fetch with, the object is
 * read as it came.
 */
@Singleton
public class StripePaymentEvents implements PaymentEvents {
    private static final String TRIAL_WILL_END = "customer.subscription.trial_will_end";
    private static final Set<String> SUBSCRIPTION_EVENTS = Set.of("customer.subscription.created",
            "customer.subscription.updated", "customer.subscription.deleted", TRIAL_WILL_END);
    private static final String PAID = "invoice.paid";
    private static final String PAYMENT_FAILED = "invoice.payment_failed";
    private static final String CHECKOUT_COMPLETED = "checkout.session.completed";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int NOT_FOUND = 404;
    private final String secret;
    private final StripeClient client;

    public StripePaymentEvents(@Nullable @Value("${cita.billing.stripe.webhook-secret:}") String secret,
                               StripeConnection connection) {
        this.secret = secret;
        this.client = connection.client().orElse(null);
    }

    @Override
    public Optional<PaymentEvent> read(String payload, String signature) {
        Event event;
        try {
            if (secret == null || secret.isBlank() || signature == null) {
                return Optional.empty();
            }
            event = Webhook.constructEvent(payload, signature, secret);
        } catch (SignatureVerificationException | RuntimeException notSignedOrNotAnEvent) {
            return Optional.empty();
        }
        Instant at = Instant.ofEpochSecond(event.getCreated() == null ? 0 : event.getCreated());
        String type = event.getType() == null ? "" : event.getType();
        if (SUBSCRIPTION_EVENTS.contains(type)) {
            boolean trialEnding = TRIAL_WILL_END.equals(type);
            return Optional.of(new PaymentEvent(event.getId(), object(event, Subscription.class)
                    .map(s -> StripeObjects.subscription(s, at, trialEnding)).orElse(null), null));
        }
        if (PAID.equals(type) || PAYMENT_FAILED.equals(type)) {
            return Optional.of(new PaymentEvent(event.getId(), null, object(event, Invoice.class)
                    .map(invoice -> StripeObjects.invoice(invoice, PAID.equals(type), at)).orElse(null)));
        }
        if (CHECKOUT_COMPLETED.equals(type)) {
            return Optional.of(new PaymentEvent(event.getId(), object(event, Session.class)
                    .map(Session::getSubscription).flatMap(this::subscription)
                    .map(s -> StripeObjects.subscription(s, at, false)).orElse(null), null));
        }
        return Optional.of(new PaymentEvent(event.getId(), null, null));
    }

    /** The event's object as {@code type}: as pinned, fetched from Stripe when of another version, or as it came. */
    private <T extends StripeObject> Optional<T> object(Event event, Class<T> type) {
        Optional<StripeObject> pinned = event.getDataObjectDeserializer().getObject();
        if (pinned.isPresent()) {
            return pinned.filter(type::isInstance).map(type::cast);
        }
        String raw = event.getDataObjectDeserializer().getRawJson();
        if (client != null && type != Session.class) {
            return idOf(raw).flatMap(id -> fetch(type, id));
        }
        try {
            return Optional.of(event.getDataObjectDeserializer().deserializeUnsafe()).filter(type::isInstance)
                    .map(type::cast);
        } catch (EventDataObjectDeserializationException unreadable) {
            return Optional.empty();
        }
    }

    private <T extends StripeObject> Optional<T> fetch(Class<T> type, String id) {
        return type == Subscription.class ? subscription(id).map(type::cast)
                : invoice(id).map(type::cast);
    }

    private Optional<Subscription> subscription(String id) {
        if (id == null || client == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(client.v1().subscriptions().retrieve(id));
        } catch (StripeException e) {
            return missing(e, "subscription " + id);
        }
    }

    private Optional<Invoice> invoice(String id) {
        try {
            return Optional.of(client.v1().invoices().retrieve(id));
        } catch (StripeException e) {
            return missing(e, "invoice " + id);
        }
    }

    /**
     * An object Stripe says it does not have (404: deleted, or of another account) is nothing to apply, and the event
     * is acknowledged; any other failure is Stripe unavailable, and the event is delivered again later.
     */
    private static <T> Optional<T> missing(StripeException e, String what) {
        if (e.getStatusCode() != null && e.getStatusCode() == NOT_FOUND) {
            return Optional.empty();
        }
        throw new PaymentProviderUnavailableException("Stripe did not give " + what, e);
    }

    private static Optional<String> idOf(String raw) {
        try {
            return Optional.ofNullable(JSON.readTree(raw).path("id").textValue());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
