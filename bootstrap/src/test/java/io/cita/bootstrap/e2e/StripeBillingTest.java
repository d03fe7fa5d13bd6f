package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.stripe.net.Webhook;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Billing drives the tenant (issue 16): Stripe's subscription events, signed with stripe-java's own helper, set the
 * tenant's plan by the subscription's price and its status by the subscription's; a redelivered or older event
 * changes nothing; a failed payment e-mails the owner once; a bad signature is 400 and changes nothing; a business
 * whose subscription is unpaid stops taking public bookings.
 */
@ParameterizedClass
@EnumSource(Store.class)
class StripeBillingTest {
    static final String STARTER_PRICE = "price_starter_monthly,price_starter_yearly";
    static final String PROFESSIONAL_PRICE = "price_pro_monthly";
    private final Api api;

    StripeBillingTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
    }

    /** A customer.subscription.* event of the tenant's subscription as Stripe sends it, created at {@code at}. */
    private String event(String id, String type, String tenantId, String status, String price, long at) {
        return StripeEvents.event(id, type, new StripeEvents(api, tenantId).subscription(status, price, at), at);
    }

    private Api.Response deliver(String payload) throws Exception {
        return new StripeEvents(api, "").deliver(payload);
    }

    /** The e-mails telling the owner that the payment failed. */
    private static long paymentFailedNotices(TenantFixture tenant) {
        return Mailbox.to(tenant.ownerEmail).stream().filter(message -> {
            try {
                return message.getSubject().contains("no se pudo cobrar Cita");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    @Test
    void subscriptionEventsSetThePlanAndStatus_inTheSubscriptionsOrder() throws Exception {
        TenantFixture tenant = TenantFixture.signUp(api);
        long now = Instant.now().getEpochSecond();
        String suffix = tenant.tenantId.substring(tenant.tenantId.length() - 8);
        assertThat(deliver(event("evt_a" + suffix, "customer.subscription.created", tenant.tenantId, "active",
                "price_starter_yearly", now)).status()).isEqualTo(200);
        assertThat(tenant.planAndStatus()).containsExactly("STARTER", "ACTIVE");

        String pastDue = event("evt_b" + suffix, "customer.subscription.updated", tenant.tenantId, "past_due",
                "price_pro_monthly", now + 10);
        assertThat(deliver(pastDue).status()).isEqualTo(200);
        assertThat(tenant.planAndStatus()).containsExactly("PROFESSIONAL", "PAST_DUE");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> paymentFailedNotices(tenant) == 1);
        Api.Response again = deliver(pastDue);
        assertThat(again.text("duplicate")).isEqualTo("true");
        Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> paymentFailedNotices(tenant) == 1);

        assertThat(deliver(event("evt_c" + suffix, "customer.subscription.updated", tenant.tenantId, "active",
                "price_starter_monthly", now + 5)).status()).isEqualTo(200);
        assertThat(tenant.planAndStatus()).as("an older event changes nothing").containsExactly("PROFESSIONAL",
                "PAST_DUE");

        assertThat(deliver(event("evt_d" + suffix, "customer.subscription.updated", tenant.tenantId, "unpaid",
                "price_pro_monthly", now + 20)).status()).isEqualTo(200);
        assertThat(tenant.planAndStatus()).containsExactly("PROFESSIONAL", "SUSPENDED");
        String serviceId = tenant.createService(Map.of());
        AbuseLimitsTest.Widget widget = AbuseLimitsTest.Widget.of(api, tenant);
        Api.Response refused = api.send("GET", widget.path() + "/services", null, null, widget.headers());
        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        assertThat(refused.text("code")).isEqualTo("business-unavailable");
        assertThat(serviceId).isNotBlank();

        assertThat(deliver(event("evt_e" + suffix, "customer.subscription.deleted", tenant.tenantId, "canceled",
                "price_pro_monthly", now + 30)).status()).isEqualTo(200);
        assertThat(tenant.planAndStatus()).containsExactly("PROFESSIONAL", "CANCELLED");
        assertThat(api.get(tenant.base + "/audit-log", tenant.token).body().findValues("action").stream()
                .filter(action -> action.asText().equals("tenant.billing-changed")).count()).isEqualTo(4);
    }

    @Test
    void theOwnerPaysThroughACheckout_andManagesItInThePortal_andNobodyElseMay() throws Exception {
        TenantFixture tenant = TenantFixture.signUp(api);
        Api.Response checkout = api.post(tenant.base + "/billing/checkout", tenant.token, Map.of("plan",
                "PROFESSIONAL"));
        assertThat(checkout.status()).as(checkout.raw()).isEqualTo(200);
        assertThat(checkout.text("url")).startsWith("https://checkout.stripe.test/c/pay/cs_test_");
        List<FakeStripe.Received> sent = FakeStripe.get().about(tenant.tenantId);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).path()).isEqualTo("/v1/checkout/sessions");
        assertThat(sent.get(0).authorization()).isEqualTo("Bearer " + FakeStripe.SECRET_KEY);
        assertThat(sent.get(0).form()).containsEntry("mode", "subscription")
                .containsEntry("client_reference_id", tenant.tenantId)
                .containsEntry("line_items[0][price]", "price_pro_monthly")
                .containsEntry("subscription_data[metadata][tenantId]", tenant.tenantId);
        assertThat(api.post(tenant.base + "/billing/checkout", tenant.token, Map.of("plan", "STARTER",
                "interval", "YEAR")).status()).isEqualTo(200);
        assertThat(FakeStripe.get().about(tenant.tenantId).get(1).form())
                .containsEntry("line_items[0][price]", "price_starter_yearly");

        for (Map.Entry<Map<String, Object>, String> bad : Map.<Map<String, Object>, String>of(
                Map.of("plan", "PROFESSIONAL", "interval", "YEAR"), "interval", Map.of("plan", "FREE"), "plan",
                Map.of("interval", "MONTH"), "plan", Map.of("plan", "STARTER", "successUrl", "javascript:alert(1)"),
                "successUrl").entrySet()) {
            Api.Response refused = api.post(tenant.base + "/billing/checkout", tenant.token, bad.getKey());
            assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo(bad.getValue());
        }
        assertThat(api.post(tenant.base + "/billing/portal", tenant.token, Map.of()).status()).isEqualTo(409);
        assertThat(deliver(event("evt_p" + tenant.tenantId, "customer.subscription.created", tenant.tenantId,
                "active", "price_pro_monthly", Instant.now().getEpochSecond())).status()).isEqualTo(200);
        String email = "admin-" + tenant.tenantId.toLowerCase() + "@example.com";
        tenant.addMember(email, "ADMIN", null, "admin-pass-1");
        String admin = api.post("/v1/auth/login", null, Map.of("email", email, "password", "admin-pass-1"))
                .text("accessToken");
        assertThat(api.post(tenant.base + "/billing/checkout", admin, Map.of("plan", "STARTER")).status())
                .isEqualTo(403);
        assertThat(api.get(tenant.base + "/billing", admin).status()).isEqualTo(200);
        Api.Response portal = api.post(tenant.base + "/billing/portal", tenant.token, Map.of("returnUrl",
                "https://salon.example/admin"));
        assertThat(portal.status()).as(portal.raw()).isEqualTo(200);
        assertThat(portal.text("url")).startsWith("https://billing.stripe.test/p/session/");
        assertThat(FakeStripe.get().forCustomer("cus_" + tenant.tenantId).get(0).form())
                .containsEntry("return_url", "https://salon.example/admin");
        Api.Response billing = api.get(tenant.base + "/billing", tenant.token);
        assertThat(billing.text("plan")).isEqualTo("PROFESSIONAL");
        assertThat(billing.text("subscription.status")).isEqualTo("ACTIVE");

        FakeStripe.get().failNext(3);
        Api.Response unavailable = api.post(tenant.base + "/billing/checkout", tenant.token, Map.of("plan",
                "STARTER"));
        assertThat(unavailable.status()).as(unavailable.raw()).isEqualTo(503);
        assertThat(unavailable.text("type")).endsWith("payment-provider-unavailable");
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
        assertThat(tenant.planAndStatus()).containsExactly("FREE", "TRIAL");
    }
}
