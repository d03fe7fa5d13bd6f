package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.Stripe;
import com.stripe.net.Webhook;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Billing drives the tenant (issue 16): Stripe's subscription events, signed with stripe-java's own helper, set the
 * tenant's plan by the subscription's price and its status by the subscription's; a redelivered or older event
 * changes nothing; a bad signature is 400 and changes nothing; a business whose subscription is unpaid stops taking
 * public bookings.
 */
@ParameterizedClass
@EnumSource(Store.class)
class StripeBillingTest {
    static final String WEBHOOK_SECRET = "whsec_test_secret_for_cita";
    static final String STARTER_PRICE = "price_starter_monthly,price_starter_yearly";
    static final String PROFESSIONAL_PRICE = "price_pro_monthly";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Api api;

    StripeBillingTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
    }

    /** A customer.subscription.* event of the tenant's subscription as Stripe sends it, created at {@code at}. */
    private static String event(String id, String type, String tenantId, String status, String price, long at)
            throws Exception {
        Map<String, Object> subscription = new HashMap<>(Map.of("id", "sub_" + tenantId, "object", "subscription",
                "customer", "cus_" + tenantId, "status", status, "cancel_at_period_end", false,
                "metadata", Map.of("tenantId", tenantId),
                "items", Map.of("object", "list", "data", List.of(Map.of("id", "si_1", "object", "subscription_item",
                        "current_period_end", at + 30 * 86400, "price", Map.of("id", price, "object", "price"))))));
        return JSON.writeValueAsString(Map.of("id", id, "object", "event", "type", type, "created", at,
                "api_version", Stripe.API_VERSION, "data", Map.of("object", subscription)));
    }

    private Api.Response deliver(String payload) throws Exception {
        return api.post("/webhooks/stripe", null, payload, Map.of("Content-Type", "application/json",
                "Stripe-Signature", Webhook.Signature.generateSignatureHeader(payload, WEBHOOK_SECRET)));
    }

    private String[] planAndStatus(TenantFixture tenant) {
        Api.Response read = api.get(tenant.base, tenant.token);
        return new String[] {read.text("plan"), read.text("status")};
    }

    @Test
    void subscriptionEventsSetThePlanAndStatus_inTheSubscriptionsOrder() throws Exception {
        TenantFixture tenant = TenantFixture.signUp(api);
        long now = Instant.now().getEpochSecond();
        String suffix = tenant.tenantId.substring(tenant.tenantId.length() - 8);
        assertThat(deliver(event("evt_a" + suffix, "customer.subscription.created", tenant.tenantId, "active",
                "price_starter_yearly", now)).status()).isEqualTo(200);
        assertThat(planAndStatus(tenant)).containsExactly("STARTER", "ACTIVE");

        String pastDue = event("evt_b" + suffix, "customer.subscription.updated", tenant.tenantId, "past_due",
                "price_pro_monthly", now + 10);
        assertThat(deliver(pastDue).status()).isEqualTo(200);
        assertThat(planAndStatus(tenant)).containsExactly("PROFESSIONAL", "PAST_DUE");
        Api.Response again = deliver(pastDue);
        assertThat(again.text("duplicate")).isEqualTo("true");

        assertThat(deliver(event("evt_c" + suffix, "customer.subscription.updated", tenant.tenantId, "active",
                "price_starter_monthly", now + 5)).status()).isEqualTo(200);
        assertThat(planAndStatus(tenant)).as("an older event changes nothing").containsExactly("PROFESSIONAL",
                "PAST_DUE");

        assertThat(deliver(event("evt_d" + suffix, "customer.subscription.updated", tenant.tenantId, "unpaid",
                "price_pro_monthly", now + 20)).status()).isEqualTo(200);
        assertThat(planAndStatus(tenant)).containsExactly("PROFESSIONAL", "SUSPENDED");
        String serviceId = tenant.createService(Map.of());
        AbuseLimitsTest.Widget widget = AbuseLimitsTest.Widget.of(api, tenant);
        Api.Response refused = api.send("GET", widget.path() + "/services", null, null, widget.headers());
        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        assertThat(serviceId).isNotBlank();

        assertThat(deliver(event("evt_e" + suffix, "customer.subscription.deleted", tenant.tenantId, "canceled",
                "price_pro_monthly", now + 30)).status()).isEqualTo(200);
        assertThat(planAndStatus(tenant)).containsExactly("PROFESSIONAL", "CANCELLED");
        assertThat(api.get(tenant.base + "/audit-log", tenant.token).body().findValues("action").stream()
                .filter(action -> action.asText().equals("tenant.billing-changed")).count()).isEqualTo(4);
    }

    @Test
    void aBadSignatureIs400_andChangesNothing() throws Exception {
        TenantFixture tenant = TenantFixture.signUp(api);
        String payload = event("evt_bad" + tenant.tenantId, "customer.subscription.created", tenant.tenantId,
                "active", "price_pro_monthly", Instant.now().getEpochSecond());
        String signed = Webhook.Signature.generateSignatureHeader(payload, "whsec_someone_else");
        assertThat(api.post("/webhooks/stripe", null, payload, Map.of("Content-Type", "application/json",
                "Stripe-Signature", signed)).status()).isEqualTo(400);
        assertThat(api.post("/webhooks/stripe", null, payload, Map.of("Content-Type", "application/json")).status())
                .isEqualTo(400);
        String stale = "t=" + (Instant.now().getEpochSecond() - 600) + ",v1=" + signed.substring(signed.indexOf("v1=")
                + 3);
        assertThat(api.post("/webhooks/stripe", null, payload, Map.of("Content-Type", "application/json",
                "Stripe-Signature", stale)).status()).isEqualTo(400);
        assertThat(planAndStatus(tenant)).containsExactly("FREE", "TRIAL");
    }
}
