package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cita.application.port.out.Tenants;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A business's billing from trial to suspension and back (issue 16), on both stores: a checkout completed, invoices
 * paid and failed, the 7-day grace after a failed payment ended by the leased sweep, payments listed; an event of
 * another API version read from Stripe itself; a downgrade that keeps everything and says which limit is reached; the
 * plans and their prices, open to anyone.
 */
@ParameterizedClass
@EnumSource(Store.class)
class BillingLifecycleTest {
    private static final long DAY = 86_400;
    private final Api api;
    private final Store store;

    BillingLifecycleTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
        this.store = store;
    }

    @Test
    void trial_checkout_active_paymentFailed_pastDue_suspendedAfterTheGrace_paid_activeAgain() throws Exception {
        TenantFixture tenant = TenantFixture.signUp(api);
        StripeEvents stripe = new StripeEvents(api, tenant.tenantId);
        AbuseLimitsTest.Widget widget = AbuseLimitsTest.Widget.of(api, tenant);
        String subscription = "/v1/subscriptions/" + stripe.subscriptionId();
        long now = Instant.now().getEpochSecond();
        long start = now - 8 * DAY;
        assertThat(tenant.planAndStatus()).containsExactly("FREE", "TRIAL");
        assertThat(api.post(tenant.base + "/billing/checkout", tenant.token, Map.of("plan", "STARTER")).status())
                .isEqualTo(200);

        FakeStripe.get().holds(subscription, StripeEvents.json(stripe.subscription("active", "price_starter_monthly",
                start)));
        Api.Response completed = stripe.deliver(StripeEvents.event("evt_cs_" + tenant.tenantId,
                "checkout.session.completed", stripe.checkoutSession(), start));
        assertThat(completed.status()).as(completed.raw()).isEqualTo(200);
        assertThat(FakeStripe.get().fetches(subscription)).as("the session's subscription read from Stripe")
                .isEqualTo(1);
        assertThat(tenant.planAndStatus()).containsExactly("STARTER", "ACTIVE");
        assertThat(stripe.deliver(StripeEvents.event("evt_paid1_" + tenant.tenantId, "invoice.paid",
                stripe.invoice("in_1" + tenant.tenantId, true, 2900, start), start + 5)).status()).isEqualTo(200);

        long failedAt = now - 7 * DAY + 6;
        String failed = StripeEvents.event("evt_failed2_" + tenant.tenantId, "invoice.payment_failed",
                stripe.invoice("in_2" + tenant.tenantId, false, 2900, failedAt - 3600), failedAt);
        assertThat(stripe.deliver(failed).status()).isEqualTo(200);
        assertThat(tenant.planAndStatus()).containsExactly("STARTER", "PAST_DUE");
        assertThat(api.get(tenant.base + "/billing", tenant.token).text("subscription.graceEndsAt"))
                .isEqualTo(Instant.ofEpochSecond(failedAt + 7 * DAY).toString());
        assertThat(publicServices(widget).status()).as("open while the grace runs").isEqualTo(200);

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> "SUSPENDED".equals(tenant.planAndStatus()[1]));
        Api.Response refused = publicServices(widget);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        assertThat(refused.text("code")).isEqualTo("business-unavailable");
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api.get(tenant.base + "/services", tenant.token).status()).as("staff still read").isEqualTo(200);
        assertThat(api.get(tenant.base + "/bookings", tenant.token).status()).as("and their bookings")
                .isEqualTo(200);

        assertThat(stripe.deliver(StripeEvents.event("evt_paid2_" + tenant.tenantId, "invoice.paid",
                stripe.invoice("in_2" + tenant.tenantId, true, 2900, failedAt - 3600), now)).status()).isEqualTo(200);
        assertThat(tenant.planAndStatus()).containsExactly("STARTER", "ACTIVE");
        assertThat(publicServices(widget).status()).isEqualTo(200);

        assertThat(stripe.deliver(failed).text("duplicate")).isEqualTo("true");
        assertThat(stripe.deliver(StripeEvents.event("evt_failed2b_" + tenant.tenantId, "invoice.payment_failed",
                stripe.invoice("in_2" + tenant.tenantId, false, 2900, failedAt - 3600), failedAt + 60)).status())
                .isEqualTo(200);
        assertThat(tenant.planAndStatus()).as("a late failure report changes nothing")
                .containsExactly("STARTER", "ACTIVE");

        JsonNode payments = api.get(tenant.base + "/billing/payments", tenant.token).body().get("items");
        assertThat(payments).hasSize(2);
        assertThat(payments.get(0).get("invoiceId").asText()).isEqualTo("in_2" + tenant.tenantId);
        assertThat(payments.get(0).get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(payments.get(0).get("amountMinor").asLong()).isEqualTo(2900);
        assertThat(payments.get(0).get("currency").asText()).isEqualTo("EUR");
        assertThat(payments.get(0).get("providerReference").asText()).isEqualTo("pi_in_2" + tenant.tenantId);
        assertThat(payments.get(1).get("invoiceId").asText()).isEqualTo("in_1" + tenant.tenantId);
        assertThat(api.get(tenant.base + "/billing", tenant.token).body().get("recentPayments")).hasSize(2);
        List<String> changes = new ArrayList<>();
        api.get(tenant.base + "/audit-log", tenant.token).body().get("items").forEach(entry -> {
            if ("tenant.billing-changed".equals(entry.get("action").asText())) {
                changes.add(entry.get("newValues").get("status").asText());
            }
        });
        assertThat(changes).containsExactlyInAnyOrder("ACTIVE", "PAST_DUE", "SUSPENDED", "ACTIVE");
    }

    @Test
    void anEventOfAnotherApiVersion_isReadFromStripeItself() throws Exception {
        TenantFixture tenant = TenantFixture.signUp(api);
        StripeEvents stripe = new StripeEvents(api, tenant.tenantId);
        long now = Instant.now().getEpochSecond();
        String subscription = "/v1/subscriptions/" + stripe.subscriptionId();
        FakeStripe.get().holds(subscription, StripeEvents.json(stripe.subscription("past_due", "price_pro_monthly",
                now)));
        Api.Response read = stripe.deliver(StripeEvents.event("evt_old_" + tenant.tenantId,
                "customer.subscription.updated", stripe.subscription("active", "price_starter_monthly", now), now,
                "2019-12-03"));
        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        assertThat(FakeStripe.get().fetches(subscription)).isEqualTo(1);
        assertThat(tenant.planAndStatus()).containsExactly("PROFESSIONAL", "PAST_DUE");

        FakeStripe.get().failNext(3);
        String later = StripeEvents.event("evt_old2_" + tenant.tenantId, "customer.subscription.updated",
                stripe.subscription("active", "price_starter_monthly", now + 1), now + 1, "2019-12-03");
        assertThat(stripe.deliver(later).status()).as("Stripe unreachable: retried later").isEqualTo(503);
        assertThat(stripe.deliver(later).text("duplicate")).as("and not taken for handled").isEqualTo("false");

        StripeEvents gone = new StripeEvents(api, "ten_gone_" + tenant.tenantId);
        Api.Response missing = gone.deliver(StripeEvents.event("evt_gone_" + tenant.tenantId,
                "customer.subscription.updated", gone.subscription("active", "price_starter_monthly", now), now,
                "2019-12-03"));
        assertThat(missing.status()).as("a subscription Stripe no longer has: acknowledged, " + missing.raw())
                .isEqualTo(200);
        assertThat(FakeStripe.get().fetches("/v1/subscriptions/" + gone.subscriptionId())).isEqualTo(1);
    }

    @Test
    void aDowngradeKeepsEverything_andSaysWhichLimitANewServiceWouldBreak() throws Exception {
        TenantFixture tenant = TenantFixture.signUp(api);
        StripeEvents stripe = new StripeEvents(api, tenant.tenantId);
        long now = Instant.now().getEpochSecond();
        stripe.deliver(StripeEvents.event("evt_pro_" + tenant.tenantId, "customer.subscription.created",
                stripe.subscription("active", "price_pro_monthly", now), now));
        assertThat(tenant.planAndStatus()).containsExactly("PROFESSIONAL", "ACTIVE");
        List<String> services = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            services.add(tenant.createService(Map.of("name", "Service " + i)));
        }
        stripe.deliver(StripeEvents.event("evt_down_" + tenant.tenantId, "customer.subscription.updated",
                stripe.subscription("active", "price_starter_monthly", now + 1), now + 1));
        assertThat(tenant.planAndStatus()).containsExactly("STARTER", "ACTIVE");
        assertThat(api.get(tenant.base + "/services", tenant.token).body().get("items")).hasSize(6);

        Api.Response refused = api.post(tenant.base + "/services", tenant.token, Map.of("name", "One more",
                "durationMinutes", 30, "price", Map.of("amount", 1000, "currency", "EUR")));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        assertThat(refused.text("code")).isEqualTo("plan-limit-exceeded");
        assertThat(refused.text("limit")).isEqualTo("SERVICES");
        assertThat(refused.text("plan")).isEqualTo("STARTER");
        assertThat(refused.text("allowed")).isEqualTo("5");
        assertThat(refused.text("detail")).contains("STARTER plan allows 5 services");
        Api.Response renamed = api.send("PATCH", tenant.base + "/services/" + services.get(0), tenant.token,
                Map.of("name", "Renamed"), Map.of());
        assertThat(renamed.status()).as("what exists can still be changed: " + renamed.raw()).isEqualTo(200);
    }

    @Test
    void thePlansAndTheirPrices_areOpenToAnyone() {
        Api.Response plans = api.get("/v1/plans", null);
        assertThat(plans.status()).as(plans.raw()).isEqualTo(200);
        assertThat(plans.http().headers().firstValue("Cache-Control")).contains("public, max-age=300");
        JsonNode items = plans.body().get("items");
        assertThat(items).hasSize(4);
        assertThat(items.get(0).get("code").asText()).isEqualTo("FREE");
        assertThat(items.get(0).get("purchasable").asBoolean()).isFalse();
        assertThat(items.get(0).get("limits").get("services").asInt()).isEqualTo(3);
        JsonNode starter = items.get(1);
        assertThat(starter.get("code").asText()).isEqualTo("STARTER");
        assertThat(starter.get("purchasable").asBoolean()).isTrue();
        assertThat(starter.get("limits").get("services").asInt()).isEqualTo(5);
        assertThat(starter.get("prices").toString()).contains("{\"currency\":\"EUR\",\"interval\":\"MONTH\","
                + "\"amount\":29}").contains("{\"currency\":\"USD\",\"interval\":\"YEAR\",\"amount\":320}");
        assertThat(items.get(3).get("limits").get("services").asInt()).as("unlimited").isEqualTo(-1);
    }

    @Test
    void aSuperAdminGrantsMessageCredits_withAReason_andReadsABusinessesPayments() throws Exception {
        TenantFixture tenant = TenantFixture.signUp(api);
        String root = api.post("/v1/auth/login", null, Map.of("email", "root@cita.test", "password",
                "root-password-1")).text("accessToken");
        String admin = "/v1/admin/tenants/" + tenant.tenantId;
        Api.Response granted = api.post(admin + "/credits", root, Map.of("messages", 500, "reason",
                "moved from another booking tool"));
        assertThat(granted.status()).as(granted.raw()).isEqualTo(200);
        String month = granted.text("month");
        assertThat(month).isEqualTo(api.get(tenant.base + "/usage", tenant.token).text("period"));
        assertThat(api.post(admin + "/credits", root, Map.of("messages", 250)).text("messagesGranted"))
                .isEqualTo("750");
        assertThat(api.get(tenant.base + "/usage", tenant.token).text("messagesGranted")).isEqualTo("750");

        for (Map.Entry<Map<String, Object>, String> bad : Map.<Map<String, Object>, String>of(
                Map.of("messages", 0), "messages", Map.of("reason", "none"), "messages",
                Map.of("messages", 5, "month", "2020-01"), "month", Map.of("messages", 5, "month", "13-2026"),
                "month").entrySet()) {
            Api.Response refused = api.post(admin + "/credits", root, bad.getKey());
            assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
            assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo(bad.getValue());
        }
        assertThat(api.post(admin + "/credits", tenant.token, Map.of("messages", 5)).status())
                .as("an owner grants nothing").isEqualTo(403);
        List<JsonNode> grants = new ArrayList<>();
        api.get(tenant.base + "/audit-log", tenant.token).body().get("items").forEach(entry -> {
            if ("tenant.credits-granted".equals(entry.get("action").asText())) {
                grants.add(entry.get("newValues"));
            }
        });
        assertThat(grants).hasSize(2);
        assertThat(grants.get(1).get("reason").asText()).isEqualTo("moved from another booking tool");

        StripeEvents stripe = new StripeEvents(api, tenant.tenantId);
        long now = Instant.now().getEpochSecond();
        stripe.deliver(StripeEvents.event("evt_sub_" + tenant.tenantId, "customer.subscription.created",
                stripe.subscription("active", "price_starter_monthly", now), now));
        stripe.deliver(StripeEvents.event("evt_inv_" + tenant.tenantId, "invoice.paid",
                stripe.invoice("in_a" + tenant.tenantId, true, 3200, now), now));
        JsonNode payments = api.get(admin + "/payments", root).body().get("items");
        assertThat(payments).hasSize(1);
        assertThat(payments.get(0).get("amountMinor").asLong()).isEqualTo(3200);
        assertThat(api.get(admin + "/payments", tenant.token).status()).isEqualTo(403);
        List<String> everyBusiness = new ArrayList<>();
        String cursor = null;
        do {
            Api.Response page = api.get("/v1/admin/payments?limit=200" + (cursor == null ? "" : "&cursor=" + cursor),
                    root);
            assertThat(page.status()).as(page.raw()).isEqualTo(200);
            page.body().get("items").forEach(p -> everyBusiness.add(p.get("tenantId").asText() + "/"
                    + p.get("invoiceId").asText()));
            cursor = page.text("nextCursor");
        } while (cursor != null);
        assertThat(everyBusiness).contains(tenant.tenantId + "/in_a" + tenant.tenantId);
        assertThat(api.get("/v1/admin/payments", tenant.token).status()).as("an owner sees no one else's")
                .isEqualTo(403);
    }

    @Test
    void aTrialEndsTwoWeeksAfterSignUp_aSuperAdminExtendsIt_andPayingDuringItChargesFromItsEnd() throws Exception {
        TenantFixture tenant = TenantFixture.signUp(api);
        Instant created = OffsetDateTime.parse(api.get(tenant.base, tenant.token).text("createdAt")).toInstant();
        Instant ends = Instant.parse(api.get(tenant.base + "/billing", tenant.token).text("trialEndsAt"));
        assertThat(Duration.between(created, ends).toSeconds()).isBetween(14 * DAY - 1, 14 * DAY + 1);

        String root = api.post("/v1/auth/login", null, Map.of("email", "root@cita.test", "password",
                "root-password-1")).text("accessToken");
        String admin = "/v1/admin/tenants/" + tenant.tenantId + "/trial";
        assertThat(api.post(admin, root, Map.of("days", 0)).body().get("errors").get(0).get("field").asText())
                .isEqualTo("days");
        assertThat(api.post(admin, tenant.token, Map.of("days", 10)).status()).isEqualTo(403);
        Api.Response extended = api.post(admin, root, Map.of("days", 10));
        assertThat(extended.status()).as(extended.raw()).isEqualTo(200);
        Instant later = OffsetDateTime.parse(extended.text("trialEndsAt")).toInstant();
        assertThat(later).isEqualTo(ends.plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS));
        assertThat(api.get(tenant.base + "/audit-log", tenant.token).body().get("items").get(0).get("action")
                .asText()).isEqualTo("tenant.trial-extended");

        assertThat(api.post(tenant.base + "/billing/checkout", tenant.token, Map.of("plan", "STARTER")).status())
                .isEqualTo(200);
        List<FakeStripe.Received> sent = FakeStripe.get().about(tenant.tenantId);
        assertThat(sent.get(sent.size() - 1).form()).as("paying during the trial charges from its end")
                .containsEntry("subscription_data[trial_end]", Long.toString(Instant.parse(
                        api.get(tenant.base + "/billing", tenant.token).text("trialEndsAt")).getEpochSecond()));

        StripeEvents stripe = new StripeEvents(api, tenant.tenantId);
        long now = Instant.now().getEpochSecond();
        stripe.deliver(StripeEvents.event("evt_paying_" + tenant.tenantId, "customer.subscription.created",
                stripe.subscription("active", "price_starter_monthly", now), now));
        Api.Response notOnTrial = api.post(admin, root, Map.of("days", 10));
        assertThat(notOnTrial.status()).as(notOnTrial.raw()).isEqualTo(409);
        api.post(tenant.base + "/billing/checkout", tenant.token, Map.of("plan", "PROFESSIONAL"));
        sent = FakeStripe.get().about(tenant.tenantId);
        assertThat(sent.get(sent.size() - 1).form()).doesNotContainKey("subscription_data[trial_end]");
    }

    @Test
    void aTrialThatRanOutWithoutASubscription_goesOnActiveOnTheFreePlan() {
        TenantFixture tenant = TenantFixture.signUp(api);
        Tenants tenants = BootedService.context(store).getBean(Tenants.class);
        tenants.update(tenants.find(tenant.tenantId).orElseThrow().withTrialEnd(Instant.now().minusSeconds(60)),
                null);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> "ACTIVE".equals(tenant.planAndStatus()[1]));
        assertThat(tenant.planAndStatus()).containsExactly("FREE", "ACTIVE");
        assertThat(api.get(tenant.base + "/audit-log", tenant.token).body().get("items").get(0).get("action")
                .asText()).isEqualTo("tenant.trial-ended");
    }

    @Test
    void aPaidTrialEndingSoon_isToldToTheOwnerOnce_inTheBusinesssDateAndLanguage() throws Exception {
        TenantFixture tenant = TenantFixture.signUp(api);
        StripeEvents stripe = new StripeEvents(api, tenant.tenantId);
        long now = Instant.now().getEpochSecond();
        long trialEnd = now + 3 * DAY;
        Map<String, Object> trialing = stripe.subscription("trialing", "price_starter_monthly", now);
        trialing.put("trial_end", trialEnd);
        for (int announced = 0; announced < 2; announced++) {
            assertThat(stripe.deliver(StripeEvents.event("evt_tw" + announced + "_" + tenant.tenantId,
                    "customer.subscription.trial_will_end", trialing, now + announced)).status()).isEqualTo(200);
        }
        assertThat(tenant.planAndStatus()).containsExactly("STARTER", "TRIAL");
        String day = LocalDate.ofInstant(Instant.ofEpochSecond(trialEnd), ZoneId.of("Europe/Madrid")).toString();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> trialNotices(tenant, day) == 1);
        Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> trialNotices(tenant, day) == 1);
    }

    /** The e-mails telling the owner, in Spanish, that the trial ends on {@code day}. */
    private static long trialNotices(TenantFixture tenant, String day) {
        return Mailbox.to(tenant.ownerEmail).stream().filter(message -> {
            try {
                return message.getSubject().contains("la prueba de Cita termina el " + day);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    private Api.Response publicServices(AbuseLimitsTest.Widget widget) {
        return api.send("GET", widget.path() + "/services", null, null, widget.headers());
    }
}
