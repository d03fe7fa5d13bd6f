package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cita.application.port.out.UsageCounters;
import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Notifications to phones end to end, against a fake Twilio and a fake Graph API that record what they get: the SMS
 * confirmation and its reminders queued at their times, a reminder made stale by a reschedule or a cancellation, a
 * STOP by SMS (signed the way Twilio signs) that ends the texts, credits at zero, and WhatsApp's approved template.
 */
@ParameterizedClass
@EnumSource(Store.class)
class PhoneNotificationTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(500);
    private final Api api;
    private final ApplicationContext context;
    private final FakeTwilio twilio = FakeTwilio.get();

    PhoneNotificationTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
        this.context = BootedService.context(store);
    }

    private static String newPhone() {
        return "+3461" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    /** A business that texts its clients, with one service and one staff member. */
    private record Business(TenantFixture tenant, String serviceId) {
    }

    private Business business(String phoneChannel) {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of());
        tenant.createStaff(serviceId);
        Api.Response patched = api.send("PATCH", tenant.base, tenant.token,
                Map.of("settings", Map.of("notifications.phoneChannel", phoneChannel)), Map.of());
        assertThat(patched.status()).as(patched.raw()).isEqualTo(200);
        return new Business(tenant, serviceId);
    }

    private JsonNode deliveries(TenantFixture tenant, String query) {
        Api.Response list = api.get(tenant.base + "/deliveries" + query, tenant.token);
        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        return list.body().get("items");
    }

    /** The tenant's deliveries of one status due at {@code at} (its reminders at that time). */
    private List<JsonNode> dueAt(TenantFixture tenant, Instant at) {
        List<JsonNode> found = new ArrayList<>();
        deliveries(tenant, "?channel=SMS&limit=100").forEach(d -> {
            if (!d.path("nextAttemptAt").isNull() && Instant.parse(d.get("nextAttemptAt").asText()).equals(at)) {
                found.add(d);
            }
        });
        return found;
    }

    private void replay(TenantFixture tenant, JsonNode delivery) {
        Api.Response replayed = api.post(tenant.base + "/deliveries/" + delivery.get("id").asText() + "/replay",
                tenant.token, Map.of());
        assertThat(replayed.status()).as(replayed.raw()).isEqualTo(200);
    }

    /** Replays a delivery (due at once) and waits until it ends as {@code status}; what it became. */
    private JsonNode replayedUntil(TenantFixture tenant, JsonNode delivery, String status) {
        replay(tenant, delivery);
        String id = delivery.get("id").asText();
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> delivery(tenant, id).get("status").asText()
                .equals(status));
        return delivery(tenant, id);
    }

    private JsonNode delivery(TenantFixture tenant, String id) {
        for (JsonNode d : deliveries(tenant, "?channel=SMS&limit=100")) {
            if (d.get("id").asText().equals(id)) {
                return d;
            }
        }
        throw new AssertionError("no delivery " + id);
    }

    private static Instant madrid(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(TenantFixture.MADRID).toInstant();
    }

    @Test
    void theConfirmationIsTexted_theRemindersWaitForTheirTimes_andAReminderGoesOutWhenDue() {
        Business salon = business("SMS");
        String phone = newPhone();
        LocalDate day = TenantFixture.daysAhead(3);
        Api.Response booked = salon.tenant().book(salon.serviceId(), TenantFixture.at(day, 11, 0), phone);
        assertThat(booked.status()).as(booked.raw()).isEqualTo(201);

        await().atMost(PATIENCE).pollInterval(POLL).until(() -> twilio.sentTo(phone).size() == 1);
        FakeTwilio.Received confirmation = twilio.sentTo(phone).get(0);
        assertThat(confirmation.body()).contains("confirmada", booked.text("reference")).doesNotContain("<");
        assertThat(confirmation.form()).containsEntry("From", FakeTwilio.FROM);
        assertThat(confirmation.path()).isEqualTo("/2010-04-01/Accounts/" + FakeTwilio.ACCOUNT_SID + "/Messages.json");
        assertThat(confirmation.authorization()).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                (FakeTwilio.ACCOUNT_SID + ":" + FakeTwilio.AUTH_TOKEN).getBytes(StandardCharsets.UTF_8)));
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> deliveries(salon.tenant(), "?status=SENT").size() == 1);
        assertThat(deliveries(salon.tenant(), "?status=SENT").get(0).get("providerMessageId").asText())
                .startsWith("SM");

        List<JsonNode> dayBefore = dueAt(salon.tenant(), madrid(day.minusDays(1), 11));
        List<JsonNode> twoHoursBefore = dueAt(salon.tenant(), madrid(day, 9));
        assertThat(dayBefore).singleElement().satisfies(d -> assertThat(d.get("status").asText()).isEqualTo("QUEUED"));
        assertThat(twoHoursBefore).hasSize(1);
        assertThat(api.get(salon.tenant().base + "/usage", salon.tenant().token).text("messages")).isEqualTo("1");

        replayedUntil(salon.tenant(), twoHoursBefore.get(0), "SENT");
        assertThat(twilio.sentTo(phone)).hasSize(2);
        assertThat(twilio.sentTo(phone).get(1).body()).startsWith("Hola Lucía: Te recordamos tu reserva de Haircut");
        assertThat(api.get(salon.tenant().base + "/usage", salon.tenant().token).text("messages")).isEqualTo("2");
    }

    @Test
    void aRescheduleMakesTheOldRemindersStale_andACancellationTheNewOnes() {
        Business salon = business("SMS");
        String phone = newPhone();
        LocalDate day = TenantFixture.daysAhead(4);
        Api.Response booked = salon.tenant().book(salon.serviceId(), TenantFixture.at(day, 11, 0), phone);
        String path = salon.tenant().base + "/bookings/" + booked.text("id");
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> dueAt(salon.tenant(), madrid(day, 9)).size() == 1);

        Api.Response moved = api.post(path + "/reschedule", salon.tenant().token,
                Map.of("start", TenantFixture.at(day, 12, 0)));
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> twilio.sentTo(phone).size() == 2);
        assertThat(twilio.sentTo(phone).get(1).body()).contains("pasó al");
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> dueAt(salon.tenant(), madrid(day, 10)).size() == 1);

        JsonNode stale = replayedUntil(salon.tenant(), dueAt(salon.tenant(), madrid(day, 9)).get(0), "SKIPPED");
        assertThat(stale.get("reason").asText()).contains("changed");

        assertThat(api.post(path + "/cancel", salon.tenant().token, Map.of()).status()).isEqualTo(200);
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> twilio.sentTo(phone).size() == 3);
        replayedUntil(salon.tenant(), dueAt(salon.tenant(), madrid(day, 10)).get(0), "SKIPPED");
        assertThat(twilio.sentTo(phone)).hasSize(3);
    }

    @Test
    void aStopBySmsEndsTheTexts_atTheBusinessThatSentThem_andIsAnnouncedAsClientOptedOut() throws Exception {
        Business salon = business("SMS");
        String phone = newPhone();
        String hook = "/hooks/opted-out-" + phone.substring(1);
        assertThat(api.post(salon.tenant().base + "/webhook-endpoints", salon.tenant().token, Map.of("url",
                WebhookReceiver.get().url(hook), "eventTypes", List.of("client.opted_out"))).status()).isEqualTo(201);
        LocalDate day = TenantFixture.daysAhead(5);
        Api.Response booked = salon.tenant().book(salon.serviceId(), TenantFixture.at(day, 11, 0), phone);
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> twilio.sentTo(phone).size() == 1);

        Map<String, String> stop = Map.of("From", phone, "To", FakeTwilio.FROM, "Body", "Stop", "MessageSid",
                "SM" + phone.substring(1) + ThreadLocalRandom.current().nextInt(1_000_000));
        assertThat(TwilioInbound.post(api, stop, "not-the-signature").status()).isEqualTo(401);
        Api.Response answered = TwilioInbound.signed(api, stop);
        assertThat(answered.status()).as(answered.raw()).isEqualTo(200);
        assertThat(answered.raw()).contains("<Message>Listo: Salon").contains("no te va a enviar más SMS");
        Api.Response client = api.get(salon.tenant().base + "/clients/" + booked.text("clientId"),
                salon.tenant().token);
        assertThat(client.body().path("contactPreferences").path("optedOut").toString()).isEqualTo("[\"SMS\"]");
        Api.Response redelivered = TwilioInbound.signed(api, stop);
        assertThat(redelivered.status()).isEqualTo(200);
        assertThat(redelivered.raw()).as("Twilio's redelivery is recognised by its MessageSid").isEqualTo("<Response/>");

        JsonNode reminder = replayedUntil(salon.tenant(), dueAt(salon.tenant(), madrid(day, 9)).get(0), "SKIPPED");
        assertThat(reminder.get("reason").asText()).contains("left this channel");
        assertThat(salon.tenant().book(salon.serviceId(), TenantFixture.at(day, 15, 0), phone).status())
                .isEqualTo(201);
        assertThat(api.get(salon.tenant().base + "/audit-log", salon.tenant().token).raw())
                .contains("client.opted_out");
        assertThat(twilio.sentTo(phone)).hasSize(1);
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> !WebhookReceiver.get().receivedAt(hook).isEmpty());
        JsonNode optedOut = new ObjectMapper().readTree(WebhookReceiver.get().receivedAt(hook).get(0).body());
        assertThat(optedOut.get("type").asText()).isEqualTo("client.opted_out");
        assertThat(optedOut.get("data").get("clientId").asText()).isEqualTo(booked.text("clientId"));
        assertThat(optedOut.get("data").get("channel").asText()).isEqualTo("SMS");
    }

    @Test
    void aFailingProviderIsTriedAgain_thenGivenUp_andAReplaySendsIt() {
        Business salon = business("SMS");
        String phone = newPhone();
        twilio.failNext(phone, 2, 503);
        salon.tenant().book(salon.serviceId(), TenantFixture.at(TenantFixture.daysAhead(3), 11, 0), phone);
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> twilio.sentTo(phone).size() == 1);
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> deliveries(salon.tenant(), "?status=SENT").size() == 1);
        assertThat(deliveries(salon.tenant(), "?status=SENT").get(0).get("attempts").asInt()).isEqualTo(3);
        assertThat(api.get(salon.tenant().base + "/usage", salon.tenant().token).text("messages")).isEqualTo("1");

        String other = newPhone();
        twilio.failNext(other, 3, 500);
        salon.tenant().book(salon.serviceId(), TenantFixture.at(TenantFixture.daysAhead(3), 13, 0), other);
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> deliveries(salon.tenant(), "?status=DEAD").size() == 1);
        JsonNode dead = deliveries(salon.tenant(), "?status=DEAD").get(0);
        assertThat(dead.get("lastError").asText()).contains("Twilio answered 500", "20003");
        replay(salon.tenant(), dead);
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> twilio.sentTo(other).size() == 1);
    }

    @Test
    void withTheMonthsCreditsSpent_noTextGoesOut_andTheDeliverySaysWhy() {
        Business salon = business("SMS");
        context.getBean(UsageCounters.class).addMessages(salon.tenant().tenantId,
                YearMonth.now(ZoneId.of("Europe/Madrid")), 50);
        String phone = newPhone();
        salon.tenant().book(salon.serviceId(), TenantFixture.at(TenantFixture.daysAhead(3), 12, 0), phone);
        await().atMost(PATIENCE).pollInterval(POLL)
                .until(() -> deliveries(salon.tenant(), "?status=SKIPPED").size() == 1);
        assertThat(deliveries(salon.tenant(), "?status=SKIPPED").get(0).get("reason").asText())
                .isEqualTo("no message credits left this month");
        assertThat(twilio.sentTo(phone)).isEmpty();
        assertThat(api.get(salon.tenant().base + "/usage", salon.tenant().token).text("messages")).isEqualTo("50");
    }

    @Test
    void aWhatsAppBusinessSendsTheApprovedTemplate_withTheBookingsValues() {
        Business salon = business("WHATSAPP");
        String phone = newPhone();
        Api.Response booked = salon.tenant().book(salon.serviceId(),
                TenantFixture.at(TenantFixture.daysAhead(3), 11, 0), phone);
        FakeGraphApi graph = FakeGraphApi.get();
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> graph.templatesTo(phone.substring(1)).size() == 1);
        JsonNode template = graph.templatesTo(phone.substring(1)).get(0).body().path("template");
        assertThat(template.path("name").asText()).isEqualTo("cita_booking_confirmed");
        assertThat(template.path("language").path("code").asText()).isEqualTo("es");
        JsonNode parameters = template.path("components").get(0).path("parameters");
        assertThat(parameters).hasSize(5);
        assertThat(parameters.get(0).path("text").asText()).isEqualTo("Lucía");
        assertThat(parameters.get(4).path("text").asText()).isEqualTo(booked.text("reference"));
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> deliveries(salon.tenant(),
                "?channel=WHATSAPP&status=SENT").size() == 1);
    }
}
