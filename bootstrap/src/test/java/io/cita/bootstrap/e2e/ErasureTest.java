package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.NewBooking;
import io.cita.application.port.out.StoreOutcome;
import io.cita.application.port.out.Tenants;
import io.cita.domain.booking.Booking;
import io.cita.domain.booking.BookingStatus;
import io.cita.domain.booking.Channel;
import io.cita.domain.booking.Interval;
import io.cita.domain.plan.Limit;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.shared.Money;
import io.cita.domain.tenant.TenantStatus;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The right to erasure end to end (issue 15), on both stores: a client who booked with notes, chatted on WhatsApp,
 * was sent confirmations and asked for feedback, answered it in the private form and was changed by staff, is erased;
 * then a scan of every table or item of the store finds neither their phone, nor their e-mail, nor their names, while
 * the business's counts stay, the erasure is audited, and the phone and e-mail are free for a new client.
 */
@ParameterizedClass
@EnumSource(Store.class)
class ErasureTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(300);
    private static final Pattern FORM_LINK = Pattern.compile("https?://\\S+/f/(\\S+)");
    private final Store store;
    private final Api api;
    private final ApplicationContext context;

    ErasureTest(Store store) {
        this.store = store;
        this.api = new Api(BootedService.baseUrl(store));
        this.context = BootedService.context(store);
    }

    @Test
    void anErasedClient_leavesNoTraceInAnyTableOrItem_whileTheCountsStay() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of());
        String resourceId = tenant.createStaff(serviceId);
        assertThat(api.send("PATCH", tenant.base, tenant.token, Map.of("settings", Map.of("feedback.enabled", "true",
                "feedback.delayMinutes", "0", "feedback.channel", "SMS", "reminders.quietHours", "")), Map.of())
                .status()).isEqualTo(200);
        String unique = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        String firstName = "Erykah" + unique;
        String lastName = "Quistberg" + unique;
        String email = "eraseme." + unique + "@example.com";
        String phone = "+3467" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        String digits = phone.substring(1);
        List<String> personal = List.of(firstName, lastName, email, digits);

        Api.Response created = api.post(tenant.base + "/clients", tenant.token, Map.of("firstName", firstName,
                "lastName", lastName, "email", email, "phone", phone));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String clientId = created.text("id");
        assertThat(api.send("PUT", tenant.base + "/clients/" + clientId + "/contact-preferences", tenant.token,
                Map.of("feedbackConsent", true, "channels", List.of("EMAIL", "WHATSAPP")), Map.of()).status())
                .isEqualTo(200);
        Api.Response booked = api.post(tenant.base + "/bookings", tenant.token, Map.of("serviceId", serviceId,
                "start", TenantFixture.at(TenantFixture.daysAhead(5), 11, 0), "clientId", clientId,
                "notes", "Ask for " + firstName + " " + lastName + " at " + phone), Map.of("Idempotency-Key",
                "erase-" + unique));
        assertThat(booked.status()).as(booked.raw()).isEqualTo(201);
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> Mailbox.to(email).size() == 1);
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> !FakeGraphApi.get().templatesTo(digits).isEmpty());
        assertThat(WhatsAppInbound.deliver(api, WhatsAppInbound.text(digits, "hola, soy " + firstName),
                WhatsAppTest.APP_SECRET).status()).isEqualTo(200);
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> !FakeGraphApi.get().sentTo(digits).isEmpty());

        completedVisit(tenant, serviceId, resourceId, clientId);
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> FakeTwilio.get().sentTo(phone).size() == 1);
        assertThat(TwilioInbound.sms(api, phone, "2", "SM" + UUID.randomUUID().toString().replace("-", ""))
                .status()).isEqualTo(200);
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> FakeTwilio.get().sentTo(phone).size() == 2);
        Matcher link = FORM_LINK.matcher(FakeTwilio.get().sentTo(phone).get(1).body());
        assertThat(link.find()).isTrue();
        assertThat(api.send("POST", "/f/" + link.group(1), null, "rating=2&comment=" + firstName + "+was+kept+"
                + "waiting&contact=yes", Map.of("Content-Type", "application/x-www-form-urlencoded")).status())
                .isEqualTo(200);
        String feedbackId = api.get(tenant.base + "/feedback", tenant.token).body().get("items").get(0)
                .get("id").asText();
        assertThat(api.post(tenant.base + "/feedback/" + feedbackId + "/handled", tenant.token,
                Map.of("note", "Called " + firstName + " on " + phone)).status()).isEqualTo(200);
        assertThat(api.send("PATCH", tenant.base + "/clients/" + clientId, tenant.token, Map.of("firstName",
                firstName, "lastName", lastName + "-Ruiz"), Map.of()).status()).isEqualTo(200);
        assertThat(StoreScan.find(store, context, personal)).as("the client is in the store before").isNotEmpty();

        Api.Response erased = api.send("DELETE", tenant.base + "/clients/" + clientId + "?erase=true", tenant.token,
                null, Map.of());
        assertThat(erased.status()).as(erased.raw()).isEqualTo(200);
        assertThat(erased.text("dataDeletedAt")).isNotBlank();
        assertThat(erased.body().get("active").asBoolean()).isFalse();

        assertThat(StoreScan.find(store, context, personal)).as("what the erasure left behind").isEmpty();
        JsonNode client = api.get(tenant.base + "/clients/" + clientId, tenant.token).body();
        assertThat(client.get("dataDeletedAt").asText()).isEqualTo(erased.text("dataDeletedAt"));
        assertThat(client.get("firstName").asText()).isEqualTo("[erased]");
        assertThat(client.get("phone").isNull()).isTrue();
        assertThat(client.get("email").isNull()).isTrue();
        JsonNode total = api.get(tenant.base + "/feedback/stats", tenant.token).body().get("total");
        assertThat(total.get("responses").asInt()).as("the counts stay").isEqualTo(1);
        assertThat(total.get("ratings").toString()).isEqualTo("[0,1,0,0,0]");
        assertThat(api.get(tenant.base + "/bookings/" + booked.text("id"), tenant.token).status()).isEqualTo(200);
        assertThat(api.get(tenant.base + "/audit-log", tenant.token).raw()).contains("client.erased");
        Api.Response again = api.send("DELETE", tenant.base + "/clients/" + clientId + "?erase=true", tenant.token,
                null, Map.of());
        assertThat(again.status()).as("erasing twice changes nothing").isEqualTo(200);
        assertThat(again.text("dataDeletedAt")).isEqualTo(erased.text("dataDeletedAt"));
        Api.Response newcomer = api.post(tenant.base + "/clients", tenant.token, Map.of("firstName", "Nueva",
                "email", email, "phone", phone));
        assertThat(newcomer.status()).as("the phone and e-mail are free again").isEqualTo(201);
    }

    @Test
    void onlyTheOwnerOrAnAdminMayErase_andAnErasedClientCannotBeChangedNorBooked() {
        TenantFixture tenant = TenantFixture.signUp(api);
        Tenants tenants = context.getBean(Tenants.class);
        tenants.update(tenants.find(tenant.tenantId).orElseThrow().withSubscription(PlanCode.PROFESSIONAL,
                TenantStatus.ACTIVE), null);
        String serviceId = tenant.createService(Map.of());
        String resourceId = tenant.createStaff(serviceId);
        String staffEmail = "staff-" + UUID.randomUUID() + "@example.com";
        tenant.addMember(staffEmail, "STAFF", resourceId, "member-pass-1");
        String staff = api.post("/v1/auth/login", null, Map.of("email", staffEmail, "password", "member-pass-1"))
                .text("accessToken");
        String clientId = api.post(tenant.base + "/clients", tenant.token, Map.of("firstName", "Olga",
                "phone", "+3469" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000))))
                .text("id");

        Api.Response refused = api.send("DELETE", tenant.base + "/clients/" + clientId + "?erase=true", staff, null,
                Map.of());
        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        assertThat(api.get(tenant.base + "/clients/" + clientId, tenant.token).text("firstName")).isEqualTo("Olga");
        Api.Response badFlag = api.send("DELETE", tenant.base + "/clients/" + clientId + "?erase=perhaps",
                tenant.token, null, Map.of());
        assertThat(badFlag.status()).as(badFlag.raw()).isEqualTo(400);
        assertThat(api.get(tenant.base + "/clients/" + clientId, tenant.token).body().get("active").asBoolean())
                .as("nothing done on a bad flag").isTrue();
        assertThat(api.send("DELETE", tenant.base + "/clients/" + clientId + "?erase=true", tenant.token, null,
                Map.of()).status()).isEqualTo(200);

        Api.Response changed = api.send("PATCH", tenant.base + "/clients/" + clientId, tenant.token,
                Map.of("firstName", "Olga"), Map.of());
        assertThat(changed.status()).as(changed.raw()).isEqualTo(409);
        assertThat(changed.body().get("errors").get(0).get("field").asText()).isEqualTo("clientId");
        Api.Response booked = api.post(tenant.base + "/bookings", tenant.token, Map.of("serviceId", serviceId,
                "start", TenantFixture.at(TenantFixture.daysAhead(5), 12, 0), "clientId", clientId));
        assertThat(booked.status()).as(booked.raw()).isEqualTo(409);
    }

    /** A visit of the client that ended this morning, marked completed: its feedback request is due at once. */
    private void completedVisit(TenantFixture tenant, String serviceId, String resourceId, String clientId) {
        Instant start = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
        Interval time = new Interval(start, start.plus(Duration.ofMinutes(45)));
        String bookingId = "bkg_" + UUID.randomUUID().toString().replace("-", "").substring(0, 26);
        Booking visit = new Booking(bookingId, tenant.tenantId, "R" + bookingId.substring(4, 11).toUpperCase(),
                serviceId, List.of(resourceId), clientId, time, time, 1, BookingStatus.CONFIRMED, Channel.API,
                new Money(2500, "EUR"), null, null, 1, start, start);
        assertThat(context.getBean(Bookings.class).create(new NewBooking(visit, null, 1, Limit.unlimited(),
                YearMonth.now(TenantFixture.MADRID), Instant.now(), TenantFixture.MADRID, null)))
                .isEqualTo(StoreOutcome.DONE);
        assertThat(api.post(tenant.base + "/bookings/" + bookingId + "/complete", tenant.token, null).status())
                .isEqualTo(200);
    }
}
