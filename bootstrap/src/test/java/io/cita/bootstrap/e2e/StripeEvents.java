package io.cita.bootstrap.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.Stripe;
import com.stripe.net.Webhook;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stripe's objects and events as Stripe sends them for one tenant (its subscription {@code sub_<tenant>}, customer
 * {@code cus_<tenant>}), and their delivery to Cita's webhook signed with stripe-java's own helper.
 */
final class StripeEvents {
    static final String WEBHOOK_SECRET = "whsec_test_secret_for_cita";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Api api;
    private final String tenantId;

    StripeEvents(Api api, String tenantId) {
        this.api = api;
        this.tenantId = tenantId;
    }

    String subscriptionId() {
        return "sub_" + tenantId;
    }

    /** The tenant's subscription in {@code status} at {@code price}, its period running from {@code at}. */
    Map<String, Object> subscription(String status, String price, long at) {
        return new HashMap<>(Map.of("id", subscriptionId(), "object", "subscription", "customer", "cus_" + tenantId,
                "status", status, "cancel_at_period_end", false, "metadata", Map.of("tenantId", tenantId),
                "items", Map.of("object", "list", "data", List.of(Map.of("id", "si_1", "object", "subscription_item",
                        "current_period_end", at + 30 * 86400, "price", Map.of("id", price, "object", "price"))))));
    }

    /** An invoice of the subscription, paid or not, of {@code amount} cents, created at {@code created}. */
    Map<String, Object> invoice(String invoiceId, boolean paid, long amount, long created) {
        Map<String, Object> invoice = new HashMap<>(Map.of("id", invoiceId, "object", "invoice",
                "customer", "cus_" + tenantId, "status", paid ? "paid" : "open", "amount_due", amount,
                "amount_paid", paid ? amount : 0, "currency", "eur", "collection_method", "charge_automatically",
                "created", created, "hosted_invoice_url", "https://invoice.stripe.test/" + invoiceId));
        invoice.put("parent", Map.of("type", "subscription_details", "subscription_details",
                Map.of("subscription", subscriptionId(), "metadata", Map.of("tenantId", tenantId))));
        invoice.put("payments", Map.of("object", "list", "data", List.of(Map.of("id", "inpay_" + invoiceId,
                "object", "invoice_payment", "payment", Map.of("type", "payment_intent",
                        "payment_intent", "pi_" + invoiceId)))));
        return invoice;
    }

    /** A completed Checkout session of the subscription, as Stripe announces it. */
    Map<String, Object> checkoutSession() {
        return Map.of("id", "cs_test_" + tenantId, "object", "checkout.session", "mode", "subscription",
                "client_reference_id", tenantId, "customer", "cus_" + tenantId, "subscription", subscriptionId());
    }

    /** An event of {@code type} carrying {@code object}, created at {@code at}, of the API version Cita pins. */
    static String event(String id, String type, Map<String, Object> object, long at) {
        return event(id, type, object, at, Stripe.API_VERSION);
    }

    static String event(String id, String type, Map<String, Object> object, long at, String apiVersion) {
        try {
            return JSON.writeValueAsString(Map.of("id", id, "object", "event", "type", type, "created", at,
                    "api_version", apiVersion, "data", Map.of("object", object)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String json(Map<String, Object> object) {
        try {
            return JSON.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Delivers {@code payload} to the webhook, signed with the endpoint's secret. */
    Api.Response deliver(String payload) throws Exception {
        return api.post("/webhooks/stripe", null, payload, Map.of("Content-Type", "application/json",
                "Stripe-Signature", Webhook.Signature.generateSignatureHeader(payload, WEBHOOK_SECRET)));
    }
}
