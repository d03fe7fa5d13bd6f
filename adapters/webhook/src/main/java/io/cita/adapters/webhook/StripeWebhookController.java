package io.cita.adapters.webhook;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.StripeObject;
import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import com.stripe.net.Webhook;
import io.cita.application.port.in.BillingEventsUseCase;
import io.cita.application.port.in.BillingEventsUseCase.SubscriptionChange;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stripe's webhook: the raw body checked with stripe-java's own {@code Webhook.constructEvent} (signature and a
 * 300-second tolerance; 400 and nothing stored otherwise). Subscription events set the tenant's subscription, named by
 * the {@code tenantId} metadata Cita's checkout puts on it; they are applied in the order of the subscription's own
 * state, so a late or repeated event changes nothing, and each event id is recorded once it is handled.
 */
@Hidden
@Controller("/webhooks/stripe")
public class StripeWebhookController {
    private static final Set<String> SUBSCRIPTION_EVENTS = Set.of("customer.subscription.created",
            "customer.subscription.updated", "customer.subscription.deleted", "customer.subscription.trial_will_end");
    private final BillingEventsUseCase billing;
    private final String secret;

    public StripeWebhookController(BillingEventsUseCase billing,
                                   @Nullable @Value("${cita.billing.stripe.webhook-secret:}") String secret) {
        this.billing = billing;
        this.secret = secret;
    }

    @Post
    @Consumes(MediaType.ALL)
    @Produces(MediaType.APPLICATION_JSON)
    public HttpResponse<Map<String, Object>> receive(@Body byte[] body,
                                                     @Nullable @Header("Stripe-Signature") String signature) {
        String payload = new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8);
        Event event;
        try {
            if (secret == null || secret.isBlank() || signature == null) {
                throw new SignatureVerificationException("no signature or no secret", signature);
            }
            event = Webhook.constructEvent(payload, signature, secret);
        } catch (SignatureVerificationException e) {
            return HttpResponse.badRequest(Map.of("error", "the Stripe-Signature does not match the body"));
        } catch (RuntimeException signedButNotAnEvent) {
            return HttpResponse.badRequest(Map.of("error", "the body is not a Stripe event"));
        }
        if (SUBSCRIPTION_EVENTS.contains(event.getType())) {
            subscription(event).ifPresent(subscription -> billing.subscriptionChanged(change(subscription,
                    Instant.ofEpochSecond(event.getCreated()))));
        }
        boolean first = billing.handled(event.getId(), payload);
        return HttpResponse.ok(Map.of("received", true, "duplicate", !first));
    }

    /** The event's subscription, read with the SDK's pinned API version or, from another version, as it comes. */
    private static Optional<Subscription> subscription(Event event) {
        StripeObject object = event.getDataObjectDeserializer().getObject().orElse(null);
        if (object == null) {
            try {
                object = event.getDataObjectDeserializer().deserializeUnsafe();
            } catch (EventDataObjectDeserializationException e) {
                return Optional.empty();
            }
        }
        return object instanceof Subscription subscription ? Optional.of(subscription)
                : Optional.empty();
    }

    private static SubscriptionChange change(Subscription s, Instant at) {
        SubscriptionItem item = s.getItems() == null || s.getItems().getData() == null
                || s.getItems().getData().isEmpty() ? null : s.getItems().getData().get(0);
        return new SubscriptionChange(s.getMetadata() == null ? null : s.getMetadata().get("tenantId"), s.getId(),
                s.getCustomer(), s.getStatus(),
                item == null || item.getPrice() == null ? null : item.getPrice().getId(),
                item == null || item.getCurrentPeriodEnd() == null ? null
                        : Instant.ofEpochSecond(item.getCurrentPeriodEnd()),
                s.getTrialEnd() == null ? null : Instant.ofEpochSecond(s.getTrialEnd()),
                Boolean.TRUE.equals(s.getCancelAtPeriodEnd()), at);
    }
}
