package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.NewBooking;
import io.cita.application.port.out.StoreOutcome;
import io.cita.application.port.out.UsageCounters;
import io.cita.domain.booking.Booking;
import io.cita.domain.booking.BookingStatus;
import io.cita.domain.booking.Channel;
import io.cita.domain.booking.Interval;
import io.cita.domain.plan.Limit;
import io.cita.domain.shared.Money;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Feedback after the visit end to end (issue 15), on both stores, against the fake Twilio that records every SMS and
 * with client SMS signed the way Twilio signs them: a visit marked completed asks its client by SMS; "5" is answered
 * with the review link, "2" with the private form, whose answer lands in the inbox to be handled; no consent, nothing
 * asked; STOP closes the request and its reminder is not sent; no credits left, the request is SKIPPED; a bad
 * signature is 401; a message Twilio delivers twice is answered once; an unreadable answer gets help once.
 */
@ParameterizedClass
@EnumSource(Store.class)
class FeedbackFlowTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(300);
    private static final String PLACE_ID = "ChIJN1t_tDeuEmsRUsoyG83frY4";
    private static final Pattern REVIEW_LINK = Pattern.compile("https?://\\S+/r/(fbk_[0-9a-z]+)");
    private static final Pattern FORM_LINK = Pattern.compile("https?://\\S+/f/(\\S+)");
    private final Api api;
    private final ApplicationContext context;
    private final FakeTwilio twilio = FakeTwilio.get();

    FeedbackFlowTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
        this.context = BootedService.context(store);
    }

    /** A business asking for feedback by SMS at once after a visit, at any hour, with its service and staff. */
    private record Business(TenantFixture tenant, String serviceId, String resourceId) {
    }

    private Business business(Map<String, String> settings) {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of());
        String resourceId = tenant.createStaff(serviceId);
        Map<String, String> all = new HashMap<>(Map.of("feedback.enabled", "true", "feedback.delayMinutes", "0",
                "feedback.channel", "SMS", "feedback.googlePlaceId", PLACE_ID, "reminders.quietHours", ""));
        all.putAll(settings);
        Api.Response patched = api.send("PATCH", tenant.base, tenant.token, Map.of("settings", all), Map.of());
        assertThat(patched.status()).as(patched.raw()).isEqualTo(200);
        return new Business(tenant, serviceId, resourceId);
    }

    private static String newPhone() {
        return "+3462" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private static String messageSid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    /** A client with {@code phone}, consenting to feedback requests or not. */
    private String client(Business business, String phone, boolean consents) {
        TenantFixture tenant = business.tenant();
        Api.Response created = api.post(tenant.base + "/clients", tenant.token, Map.of("firstName", "Lucía",
                "phone", phone));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String clientId = created.text("id");
        Api.Response chosen = api.send("PUT", tenant.base + "/clients/" + clientId + "/contact-preferences",
                tenant.token, Map.of("feedbackConsent", consents), Map.of());
        assertThat(chosen.status()).as(chosen.raw()).isEqualTo(200);
        assertThat(chosen.body().path("contactPreferences").path("feedbackConsent").asBoolean()).isEqualTo(consents);
        return clientId;
    }

    /** A visit of {@code clientId} that took place this morning (stored as it was), then marked completed. */
    private String completedVisit(Business business, String clientId) {
        Instant start = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
        Interval time = new Interval(start, start.plus(Duration.ofMinutes(45)));
        String bookingId = "bkg_" + UUID.randomUUID().toString().replace("-", "").substring(0, 26);
        Booking visit = new Booking(bookingId, business.tenant().tenantId, "R" + bookingId.substring(4, 11)
                .toUpperCase(), business.serviceId(), List.of(business.resourceId()), clientId, time, time, 1,
                BookingStatus.CONFIRMED, Channel.API, new Money(2500, "EUR"), null, null, 1, start, start);
        ZoneId madrid = TenantFixture.MADRID;
        assertThat(context.getBean(Bookings.class).create(new NewBooking(visit, null, 1, Limit.unlimited(),
                YearMonth.now(madrid), Instant.now(), madrid, null))).isEqualTo(StoreOutcome.DONE);
        Api.Response completed = api.post(business.tenant().base + "/bookings/" + bookingId + "/complete",
                business.tenant().token, null);
        assertThat(completed.status()).as(completed.raw()).isEqualTo(200);
        return bookingId;
    }

    private List<FakeTwilio.Received> awaitTexts(String phone, int count) {
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> twilio.sentTo(phone).size() >= count);
        return twilio.sentTo(phone);
    }

    private JsonNode inbox(TenantFixture tenant, String query) {
        Api.Response list = api.get(tenant.base + "/feedback" + query, tenant.token);
        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        return list.body().get("items");
    }

    private List<JsonNode> feedbackDeliveries(TenantFixture tenant) {
        List<JsonNode> found = new ArrayList<>();
        api.get(tenant.base + "/deliveries?channel=SMS&limit=100", tenant.token).body().get("items").forEach(d -> {
            if (d.get("type").asText().equals("feedback.requested")) {
                found.add(d);
            }
        });
        return found;
    }

    /** The WhatsApp templates of feedback sent to a phone (its booking's confirmation left out). */
    private static List<JsonNode> feedbackTemplates(String digits) {
        return FakeGraphApi.get().templatesTo(digits).stream().map(sent -> sent.body().path("template"))
                .filter(template -> template.path("name").asText().startsWith("cita_feedback_")).toList();
    }

    @Test
    void aHappyClient_isAskedAfterTheVisit_andSentToThePublicReview() {
        Business salon = business(Map.of());
        String phone = newPhone();
        completedVisit(salon, client(salon, phone, true));
        FakeTwilio.Received asked = awaitTexts(phone, 1).get(0);
        assertThat(asked.body()).startsWith("Hola Lucía, gracias por visitar Salon").contains("del 1 al 5", "BAJA");

        assertThat(TwilioInbound.post(api, Map.of("From", phone, "To", FakeTwilio.FROM, "Body", "5", "MessageSid",
                messageSid()), "not-the-signature").status()).isEqualTo(401);
        assertThat(inbox(salon.tenant(), "")).as("nothing stored from an unsigned message").isEmpty();
        String sid = messageSid();
        Api.Response answered = TwilioInbound.sms(api, phone, "⭐⭐⭐⭐⭐", sid);
        assertThat(answered.status()).as(answered.raw()).isEqualTo(200);
        assertThat(TwilioInbound.sms(api, phone, "⭐⭐⭐⭐⭐", sid).status()).as("Twilio's redelivery")
                .isEqualTo(200);
        List<FakeTwilio.Received> texts = awaitTexts(phone, 2);
        assertThat(texts.get(1).body()).contains("¡Gracias, Lucía!", "¿Nos ayudas con una reseña?");
        Matcher review = REVIEW_LINK.matcher(texts.get(1).body());
        assertThat(review.find()).as(texts.get(1).body()).isTrue();
        for (int click = 0; click < 2; click++) {
            Api.Response redirect = api.send("GET", "/r/" + review.group(1), null, null, Map.of());
            assertThat(redirect.status()).isEqualTo(302);
            assertThat(redirect.http().headers().firstValue("Location"))
                    .contains("https://search.google.com/local/writereview?placeid=" + PLACE_ID);
        }
        assertThat(api.send("GET", "/r/fbk_none", null, null, Map.of()).status()).isEqualTo(404);
        JsonNode rated = inbox(salon.tenant(), "").get(0);
        assertThat(rated.get("reviewClickedAt").isNull()).isFalse();
        Api.Response stats = api.get(salon.tenant().base + "/feedback/stats", salon.tenant().token);
        assertThat(stats.status()).as(stats.raw()).isEqualTo(200);
        JsonNode total = stats.body().get("total");
        assertThat(total.get("requests").asInt()).isEqualTo(1);
        assertThat(total.get("responses").asInt()).isEqualTo(1);
        assertThat(total.get("responseRate").asDouble()).isEqualTo(1.0);
        assertThat(total.get("ratings").toString()).isEqualTo("[0,0,0,0,1]");
        assertThat(total.get("average").asDouble()).isEqualTo(5.0);
        assertThat(total.get("happyShare").asDouble()).isEqualTo(1.0);
        assertThat(total.get("reviewClicks").asInt()).as("the first click counts").isEqualTo(1);
        assertThat(stats.body().get("byResource").get(0).get("resourceId").asText()).isEqualTo(salon.resourceId());
        assertThat(stats.body().get("byMonth")).hasSize(1);
        assertThat(api.get(salon.tenant().base + "/feedback/stats?from=2026-01-10&to=2026-01-01",
                salon.tenant().token).status()).isEqualTo(400);
        assertThat(rated.get("status").asText()).isEqualTo("HAPPY");
        assertThat(rated.get("rating").asInt()).isEqualTo(5);
        assertThat(rated.get("resourceId").asText()).isEqualTo(salon.resourceId());
        assertThat(rated.has("formHash")).isFalse();

        JsonNode reminder = feedbackDeliveries(salon.tenant()).stream()
                .filter(d -> d.get("status").asText().equals("QUEUED")).findFirst().orElseThrow();
        Api.Response replayed = api.post(salon.tenant().base + "/deliveries/" + reminder.get("id").asText()
                + "/replay", salon.tenant().token, Map.of());
        assertThat(replayed.status()).isEqualTo(200);
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> feedbackDeliveries(salon.tenant()).stream()
                .anyMatch(d -> d.get("status").asText().equals("SKIPPED")));
        assertThat(twilio.sentTo(phone)).as("no reminder after an answer, and the redelivery answered once")
                .hasSize(2);
    }

    @Test
    void anUnhappyClient_getsThePrivateForm_whoseAnswerReachesTheInbox_toBeHandled() {
        Business salon = business(Map.of());
        String phone = newPhone();
        completedVisit(salon, client(salon, phone, true));
        awaitTexts(phone, 1);
        assertThat(TwilioInbound.sms(api, phone, "2", messageSid()).status()).isEqualTo(200);
        String followUp = awaitTexts(phone, 2).get(1).body();
        assertThat(followUp).contains("Sentimos que no fuera perfecto");
        Matcher link = FORM_LINK.matcher(followUp);
        assertThat(link.find()).as(followUp).isTrue();
        String form = "/f/" + link.group(1);

        Api.Response page = api.send("GET", form, null, null, Map.of("Accept", "text/html"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("Hola Lucía", "value=\"2\" checked", "<textarea");
        assertThat(api.send("GET", form + "x", null, null, Map.of()).status()).isEqualTo(404);
        Api.Response bad = api.send("POST", form, null, "rating=9&comment=Too+cold&contact=yes",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.raw()).contains("Elige una valoración del 1 al 5", "Too cold", "checked");
        Api.Response sent = api.send("POST", form, null, "rating=2&comment=Too+cold+%3Cb%3Ein+here%3C%2Fb%3E"
                + "&contact=yes", Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(sent.status()).as(sent.raw()).isEqualTo(200);
        assertThat(sent.raw()).contains("ya tiene tu respuesta");
        assertThat(api.send("POST", form, null, "rating=1", Map.of("Content-Type",
                "application/x-www-form-urlencoded")).status()).as("the token is spent").isEqualTo(404);
        assertThat(api.send("GET", form, null, null, Map.of()).status()).isEqualTo(404);

        JsonNode answer = inbox(salon.tenant(), "?status=ANSWERED").get(0);
        assertThat(answer.get("comment").asText()).isEqualTo("Too cold <b>in here</b>");
        assertThat(answer.get("contactAllowed").asBoolean()).isTrue();
        assertThat(answer.path("client").path("firstName").asText()).isEqualTo("Lucía");
        assertThat(answer.path("client").path("phone").asText()).as("to call her back").isEqualTo(phone);
        assertThat(answer.get("rating").asInt()).isEqualTo(2);
        assertThat(answer.get("handled").asBoolean()).isFalse();
        assertThat(inbox(salon.tenant(), "?rating=5")).isEmpty();
        assertThat(inbox(salon.tenant(), "?resourceId=" + salon.resourceId())).hasSize(1);
        Api.Response handled = api.post(salon.tenant().base + "/feedback/" + answer.get("id").asText() + "/handled",
                salon.tenant().token, Map.of("note", "Called her, free coffee next time"));
        assertThat(handled.status()).as(handled.raw()).isEqualTo(200);
        assertThat(handled.text("note")).isEqualTo("Called her, free coffee next time");
        assertThat(inbox(salon.tenant(), "?handled=false")).isEmpty();
        assertThat(inbox(salon.tenant(), "?handled=true")).hasSize(1);
        assertThat(api.get(salon.tenant().base + "/audit-log", salon.tenant().token).raw())
                .contains("feedback.handled");
        Api.Response badFilter = api.get(salon.tenant().base + "/feedback?rating=7", salon.tenant().token);
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.body().get("errors").get(0).get("field").asText()).isEqualTo("rating");
        assertThat(api.post(salon.tenant().base + "/feedback/fbk_none/handled", salon.tenant().token, Map.of())
                .status()).isEqualTo(404);
    }

    @Test
    void withoutConsent_nothingIsAsked_andStopClosesTheRequest_andItsReminder() {
        Business salon = business(Map.of("feedback.channel", "SMS"));
        String unwilling = newPhone();
        completedVisit(salon, client(salon, unwilling, false));
        String phone = newPhone();
        completedVisit(salon, client(salon, phone, true));
        awaitTexts(phone, 1);
        assertThat(twilio.sentTo(unwilling)).as("asked only with consent").isEmpty();
        assertThat(feedbackDeliveries(salon.tenant())).as("a request and its reminder, for one client").hasSize(2);

        Api.Response stop = TwilioInbound.sms(api, phone, "BAJA", messageSid());
        assertThat(stop.status()).isEqualTo(200);
        assertThat(stop.raw()).contains("<Message>");
        assertThat(inbox(salon.tenant(), "?status=OPTED_OUT")).hasSize(1);
        JsonNode reminder = feedbackDeliveries(salon.tenant()).stream()
                .filter(d -> d.get("status").asText().equals("QUEUED")).findFirst().orElseThrow();
        api.post(salon.tenant().base + "/deliveries/" + reminder.get("id").asText() + "/replay", salon.tenant().token,
                Map.of());
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> feedbackDeliveries(salon.tenant()).stream()
                .anyMatch(d -> d.get("status").asText().equals("SKIPPED")));
        assertThat(twilio.sentTo(phone)).hasSize(1);
    }

    @Test
    void anUnreadableAnswer_getsHelpOnce_andTheNextOneIsLeftAlone_inTheBusinessesOwnWords() {
        Business salon = business(Map.of());
        Api.Response own = api.send("PUT", salon.tenant().base + "/notification-templates/FEEDBACK_REQUEST/ES",
                salon.tenant().token, Map.of("subject", "Valoración", "body", "<p>¿Qué tal, {{client.firstName}}? "
                        + "Valora {{business.name}} del 1 al 5.</p>"), Map.of());
        assertThat(own.status()).as(own.raw()).isEqualTo(200);
        String phone = newPhone();
        completedVisit(salon, client(salon, phone, true));
        assertThat(awaitTexts(phone, 1).get(0).body()).startsWith("¿Qué tal, Lucía? Valora Salon")
                .endsWith("1 al 5.");
        assertThat(TwilioInbound.sms(api, phone, "muy bien", messageSid()).status()).isEqualTo(200);
        assertThat(awaitTexts(phone, 2).get(1).body()).contains("responde con un número del 1 al 5");
        assertThat(TwilioInbound.sms(api, phone, "¿qué?", messageSid()).status()).isEqualTo(200);
        assertThat(TwilioInbound.sms(api, phone, "4/5", messageSid()).status()).isEqualTo(200);
        assertThat(awaitTexts(phone, 3).get(2).body()).contains("¿Nos ayudas con una reseña?");
        assertThat(twilio.sentTo(phone)).as("one help message only").hasSize(3);
    }

    @Test
    void onWhatsApp_anAwaitedAnswerComesBeforeTheBookingChat_andTheChatHasTheNextUnreadableOne() {
        Business salon = business(Map.of("feedback.channel", "WHATSAPP"));
        String phone = newPhone();
        String digits = phone.substring(1);
        completedVisit(salon, client(salon, phone, true));
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> feedbackTemplates(digits).size() == 1);
        assertThat(feedbackTemplates(digits).get(0).path("name").asText())
                .isEqualTo("cita_feedback_request");

        assertThat(WhatsAppInbound.deliver(api, WhatsAppInbound.text(digits, "hola"), WhatsAppTest.APP_SECRET)
                .status()).isEqualTo(200);
        assertThat(FakeGraphApi.get().sentTo(digits)).as("the chat did not answer").isEmpty();
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> feedbackTemplates(digits).size() == 2);
        assertThat(feedbackTemplates(digits).get(1).path("name").asText())
                .isEqualTo("cita_feedback_help");
        assertThat(WhatsAppInbound.deliver(api, WhatsAppInbound.text(digits, "hola"), WhatsAppTest.APP_SECRET)
                .status()).isEqualTo(200);
        assertThat(FakeGraphApi.get().sentTo(digits)).as("the booking chat answers the next one").hasSize(1);

        assertThat(WhatsAppInbound.deliver(api, WhatsAppInbound.text(digits, "cinco"), WhatsAppTest.APP_SECRET)
                .status()).isEqualTo(200);
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> feedbackTemplates(digits).size() == 3);
        JsonNode happy = feedbackTemplates(digits).get(2);
        assertThat(happy.path("name").asText()).isEqualTo("cita_feedback_happy");
        JsonNode parameters = happy.path("components").get(0).path("parameters");
        assertThat(parameters.get(0).path("text").asText()).isEqualTo("Lucía");
        assertThat(REVIEW_LINK.matcher(parameters.get(2).path("text").asText()).matches()).isTrue();
        assertThat(inbox(salon.tenant(), "").get(0).get("channel").asText()).isEqualTo("WHATSAPP");
    }

    @Test
    void aCsvOfPastVisits_importsTheGoodRows_refusesTheBadOnesByColumn_andAsksNobodyTwice() {
        Business salon = business(Map.of());
        String[] national = new String[4];
        for (int i = 0; i < national.length; i++) {
            national[i] = "6" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        }
        LocalDate today = LocalDate.now(TenantFixture.MADRID);
        String yesterday = today.minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " 10:30";
        String csv = "Nombre,Teléfono,Email,Fecha_cita,Consentimiento\n"
                + "Lucía Pérez," + national[0] + ",lucia@example.com," + yesterday + ",sí\n"
                + "Ana,12345,,"  + yesterday + ",sí\n"
                + "," + national[1] + ",," + yesterday + ",sí\n"
                + "Luis," + national[1] + ",not-an-address," + yesterday + ",sí\n"
                + "Marta," + national[1] + ",," + today.plusDays(2) + ",sí\n"
                + "Pedro," + national[1] + ",,2026-13-45,sí\n"
                + "Sara," + national[1] + ",," + today.minusDays(2) + ",no\n"
                + "Eva,+34 " + national[2] + ",," + today.minusDays(60) + ",sí\n"
                + "\"Pérez, Lucía\"," + national[0] + ",," + today.minusDays(3) + ",yes\n"
                + "Tomás," + national[3] + ",," + today.minusDays(1) + ",quizá\n";
        Api.Response first = importVisits(salon.tenant(), csv);
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.body().get("rows").asInt()).isEqualTo(10);
        assertThat(first.body().get("refused").asInt()).isEqualTo(6);
        assertThat(first.body().get("asked").asInt()).isEqualTo(1);
        JsonNode rows = first.body().get("outcomes");
        assertThat(rows.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(rows.get(0).get("asked").asBoolean()).isTrue();
        assertThat(List.of(1, 2, 3, 4, 5, 9).stream().map(i -> rows.get(i).get("field").asText()).toList())
                .containsExactly("telefono", "nombre", "email", "fecha_cita", "fecha_cita", "consentimiento");
        assertThat(rows.get(6).get("notAskedBecause").asText()).contains("did not consent");
        assertThat(rows.get(7).get("notAskedBecause").asText()).contains("more than 30 days ago");
        assertThat(rows.get(8).get("clientCreated").asBoolean()).isFalse();
        assertThat(rows.get(8).get("notAskedBecause").asText()).contains("asked in the last 30 days");
        String lucia = "+34" + national[0];
        assertThat(awaitTexts(lucia, 1).get(0).body()).startsWith("Hola Lucía");
        Api.Response found = api.get(salon.tenant().base + "/clients/" + rows.get(0).get("clientId").asText(),
                salon.tenant().token);
        assertThat(found.text("phone")).isEqualTo(lucia);
        assertThat(found.body().path("contactPreferences").path("feedbackConsent").asBoolean()).isTrue();
        assertThat(api.get(salon.tenant().base + "/clients/" + rows.get(7).get("clientId").asText(),
                salon.tenant().token).text("phone")).as("an international number as it is")
                .isEqualTo("+34" + national[2]);

        Api.Response again = importVisits(salon.tenant(), csv);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("asked").asInt()).isZero();
        again.body().get("outcomes").forEach(row -> assertThat(row.get("clientCreated").asBoolean()).isFalse());
        assertThat(feedbackDeliveries(salon.tenant())).as("one request and its reminder").hasSize(2);
        assertThat(importVisits(salon.tenant(), "who,when\nx,y\n").body().get("errors").get(0).get("field")
                .asText()).isEqualTo("file");
    }

    private Api.Response importVisits(TenantFixture tenant, String csv) {
        return api.send("POST", tenant.base + "/feedback/imports", tenant.token, csv,
                Map.of("Content-Type", "text/csv; charset=utf-8"));
    }

    @Test
    void withTheMonthsCreditsSpent_theRequestIsSkipped_andUsageShowsIt() {
        Business salon = business(Map.of());
        context.getBean(UsageCounters.class).addMessages(salon.tenant().tenantId, YearMonth.now(TenantFixture.MADRID),
                50);
        String phone = newPhone();
        completedVisit(salon, client(salon, phone, true));
        await().atMost(PATIENCE).pollInterval(POLL).until(() -> feedbackDeliveries(salon.tenant()).stream()
                .anyMatch(d -> d.get("status").asText().equals("SKIPPED")));
        assertThat(feedbackDeliveries(salon.tenant()).stream().filter(d -> d.get("status").asText()
                .equals("SKIPPED")).findFirst().orElseThrow().get("reason").asText())
                .isEqualTo("no message credits left this month");
        assertThat(twilio.sentTo(phone)).isEmpty();
        assertThat(api.get(salon.tenant().base + "/usage", salon.tenant().token).text("messages")).isEqualTo("50");
    }
}
