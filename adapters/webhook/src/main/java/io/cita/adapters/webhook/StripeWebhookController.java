package io.cita.adapters.webhook;

import io.cita.application.port.in.BillingEventsUseCase;
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
import java.util.Map;

/**
 * Stripe's webhook: the raw body goes to billing as it came, to be verified with Stripe's own scheme (400 and nothing
 * stored when it does not verify), applied in the order of each subscription's and invoice's own state, and recorded
 * once; a redelivery is answered as a duplicate.
 */
@Hidden
@Controller("/webhooks/stripe")
public class StripeWebhookController {
    private final BillingEventsUseCase billing;

    public StripeWebhookController(BillingEventsUseCase billing) {
        this.billing = billing;
    }

    @Post
    @Consumes(MediaType.ALL)
    @Produces(MediaType.APPLICATION_JSON)
    public HttpResponse<Map<String, Object>> receive(@Body byte[] body,
                                                     @Nullable @Header("Stripe-Signature") String signature) {
        String payload = new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8);
        return billing.receive(payload, signature)
                .<HttpResponse<Map<String, Object>>>map(receipt -> HttpResponse.ok(Map.of("received", true,
                        "duplicate", receipt.duplicate())))
                .orElseGet(() -> HttpResponse.badRequest(Map.of("error",
                        "the Stripe-Signature does not verify this body as a Stripe event")));
    }
}
