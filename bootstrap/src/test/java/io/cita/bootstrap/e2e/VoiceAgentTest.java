package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A phone call to a business's Vapi voice assistant, end to end (issue 13): the webhook authenticates Vapi, sets the
 * call up, runs the agent tools in call order (arguments as a JSON string or an object), runs a redelivered tool call
 * once, answers a misspelled or unknown service and a slot taken meanwhile with something to say next, logs the call
 * with the booking it made, counts its minutes, and refuses calls once the plan's minutes are spent.
 */
@ParameterizedClass
@EnumSource(Store.class)
class VoiceAgentTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Api api;

    VoiceAgentTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
    }

    /** A business on {@code plan} with a haircut, María working every day, and its voice assistant set up. */
    private record Line(TenantFixture tenant, String slug, String credential, String serviceId) {
    }

    private Line line(String plan, Map<String, Object> settings) {
        TenantFixture tenant = TenantFixture.signUp(api);
        if (plan != null) {
            String root = api.post("/v1/auth/login", null, Map.of("email", "root@cita.test", "password",
                    "root-password-1")).text("accessToken");
            assertThat(api.send("PATCH", "/v1/admin/tenants/" + tenant.tenantId, root, Map.of("plan", plan),
                    Map.of()).status()).isEqualTo(200);
        }
        String serviceId = tenant.createService(Map.of("name", "Corte de pelo"));
        tenant.createStaff(serviceId);
        Api.Response configured = api.send("PUT", tenant.base + "/voice", tenant.token, settings, Map.of());
        assertThat(configured.status()).as(configured.raw()).isEqualTo(200);
        assertThat(configured.text("credential")).startsWith("vsk_");
        String slug = api.get(tenant.base, tenant.token).text("slug");
        assertThat(configured.text("serverUrl")).endsWith("/webhooks/vapi/" + slug);
        return new Line(tenant, slug, configured.text("credential"), serviceId);
    }

    private Api.Response vapi(Line line, Map<String, Object> message, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(Map.of("Authorization", "Bearer " + line.credential()));
        all.putAll(headers);
        return api.post("/webhooks/vapi/" + line.slug(), null, Map.of("message", message), all);
    }

    private static Map<String, Object> call(String callId) {
        return Map.of("id", callId, "customer", Map.of("number", "+34699" + String.format("%06d",
                Math.floorMod(callId.hashCode(), 1_000_000))));
    }

    private static Map<String, Object> toolCalls(String callId, List<Map<String, Object>> calls) {
        return Map.of("type", "tool-calls", "call", call(callId), "toolCallList", calls);
    }

    /** A tool call whose arguments are a JSON string under function.arguments, as OpenAI-style models send them. */
    private static Map<String, Object> stringArgs(String id, String name, Map<String, Object> arguments)
            throws Exception {
        return Map.of("id", id, "type", "function", "function", Map.of("name", name, "arguments",
                JSON.writeValueAsString(arguments)));
    }

    /** A tool call whose arguments are an object under arguments. */
    private static Map<String, Object> objectArgs(String id, String name, Map<String, Object> arguments) {
        return Map.of("id", id, "type", "function", "function", Map.of("name", name), "arguments", arguments);
    }

    private static JsonNode result(Api.Response answer, int index, String field) throws Exception {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        JsonNode entry = answer.body().get("results").get(index);
        assertThat(entry.has(field)).as(entry.toString()).isTrue();
        assertThat(entry.get(field).asText()).doesNotContain("\n");
        return JSON.readTree(entry.get(field).asText());
    }

    @Test
    void aWholeCall_findsHoldsAndBooks_once_andIsLoggedWithItsBooking() throws Exception {
        Line line = line("STARTER", Map.of("firstMessage", "Hola, Peluquería de prueba", "language", "es"));
        String callId = "call-" + Instant.now().toEpochMilli();

        Api.Response setup = vapi(line, Map.of("type", "assistant-request", "call", call(callId)), Map.of());
        assertThat(setup.status()).as(setup.raw()).isEqualTo(200);
        assertThat(setup.text("assistant.firstMessage")).isEqualTo("Hola, Peluquería de prueba");
        List<String> tools = new ArrayList<>();
        setup.body().at("/assistant/model/tools").forEach(tool -> tools.add(tool.at("/function/name").asText()));
        assertThat(tools).containsExactly("list_services", "find_offers", "explain_time", "hold_offer", "book",
                "find_my_bookings", "cancel_booking", "reschedule_booking");
        assertThat(setup.body().at("/assistant/model/tools/1/function/parameters/required").get(0).asText())
                .isEqualTo("service");
        assertThat(setup.body().at("/assistant/model/messages/0/content").asText()).contains("Corte de pelo");

        Api.Response found = vapi(line, toolCalls(callId, List.of(
                stringArgs("t1", "list_services", Map.of()),
                objectArgs("t2", "find_offers", Map.of("service", "corte de pleo", "date", "tomorrow")),
                objectArgs("t3", "find_offers", Map.of("service", "masaje")))), Map.of());
        assertThat(result(found, 0, "result").get("say").asText()).contains("Corte de pelo");
        JsonNode offers = result(found, 1, "result").get("offers");
        assertThat(offers).isNotEmpty();
        JsonNode unknown = result(found, 2, "error");
        assertThat(unknown.get("error").asText()).isEqualTo("unknown_service");
        assertThat(unknown.get("closest").get(0).asText()).isEqualTo("Corte de pelo");
        List<String> order = new ArrayList<>();
        found.body().get("results").forEach(entry -> order.add(entry.get("toolCallId").asText()));
        assertThat(order).containsExactly("t1", "t2", "t3");

        String offerId = offers.get(0).get("offerId").asText();
        String holdId = result(vapi(line, toolCalls(callId, List.of(objectArgs("t4", "hold_offer",
                Map.of("offerId", offerId)))), Map.of()), 0, "result").get("holdId").asText();
        Map<String, Object> book = toolCalls(callId, List.of(stringArgs("t5", "book", Map.of("holdId", holdId,
                "name", "Lucía Pérez"))));
        JsonNode booked = result(vapi(line, book, Map.of()), 0, "result");
        JsonNode again = result(vapi(line, book, Map.of()), 0, "result");
        assertThat(again).isEqualTo(booked);
        assertThat(booked.get("reference").asText()).isNotBlank();
        JsonNode bookings = api.get(line.tenant().base + "/bookings?limit=50", line.tenant().token).body()
                .get("items");
        assertThat(bookings).hasSize(1);
        assertThat(bookings.get(0).get("channel").asText()).isEqualTo("VOICE");

        Instant started = Instant.now().minusSeconds(130);
        Map<String, Object> report = Map.of("type", "end-of-call-report", "call", call(callId),
                "endedReason", "customer-ended-call", "startedAt", started.toString(), "endedAt",
                Instant.now().toString(), "durationSeconds", 125.4, "cost", 0.1234,
                "artifact", Map.of("transcript", "AI: Hola\nUser: Quiero un corte"),
                "analysis", Map.of("summary", "Reservó un corte", "structuredData", Map.of("intent", "book")));
        assertThat(vapi(line, report, Map.of()).status()).isEqualTo(200);
        assertThat(vapi(line, report, Map.of()).status()).isEqualTo(200);
        Api.Response calls = api.get(line.tenant().base + "/voice/calls", line.tenant().token);
        assertThat(calls.status()).as(calls.raw()).isEqualTo(200);
        assertThat(calls.body().get("items")).hasSize(1);
        JsonNode logged = calls.body().get("items").get(0);
        assertThat(logged.get("callId").asText()).isEqualTo(callId);
        assertThat(logged.get("bookingId").asText()).isEqualTo(booked.get("bookingId").asText());
        assertThat(logged.get("costCents").asLong()).isEqualTo(12);
        assertThat(logged.get("summary").asText()).isEqualTo("Reservó un corte");
        Api.Response usage = api.get(line.tenant().base + "/usage", line.tenant().token);
        assertThat(usage.text("voiceCalls")).isEqualTo("1");
        assertThat(usage.text("voiceMinutes")).isEqualTo("3");
        assertThat(usage.text("limits.voiceMinutesPerMonth")).isEqualTo("100");
    }

    @Test
    void aSlotTakenBetweenFindAndBook_isAnsweredWithTheNextOffers() throws Exception {
        Line line = line("STARTER", Map.of());
        String callId = "call-taken-" + Instant.now().toEpochMilli();
        JsonNode offers = result(vapi(line, toolCalls(callId, List.of(objectArgs("f1", "find_offers",
                Map.of("service", "Corte de pelo", "date", TenantFixture.daysAhead(4).toString(), "partOfDay",
                        "morning")))), Map.of()), 0, "result").get("offers");
        JsonNode first = offers.get(0);
        assertThat(line.tenant().book(line.serviceId(), first.get("start").asText(), "+34612000111").status())
                .isEqualTo(201);
        JsonNode taken = result(vapi(line, toolCalls(callId, List.of(objectArgs("b1", "book",
                Map.of("offerId", first.get("offerId").asText(), "name", "Pablo")))), Map.of()), 0, "error");
        assertThat(taken.get("error").asText()).isEqualTo("slot_taken");
        assertThat(taken.get("offers")).isNotEmpty();
        assertThat(taken.get("offers").get(0).get("offerId").asText()).isNotEqualTo(first.get("offerId").asText());
    }

    @Test
    void theCallersOwnBookings_areFoundMovedAndCancelled_andNobodyElses() throws Exception {
        Line line = line("STARTER", Map.of());
        String callId = "call-mine-" + Instant.now().toEpochMilli();
        JsonNode offers = result(vapi(line, toolCalls(callId, List.of(objectArgs("m1", "find_offers",
                Map.of("service", "corte", "date", TenantFixture.daysAhead(6).toString(), "count", 2)))), Map.of()),
                0, "result").get("offers");
        String reference = result(vapi(line, toolCalls(callId, List.of(objectArgs("m2", "book",
                Map.of("offerId", offers.get(0).get("offerId").asText(), "name", "Eva")))), Map.of()), 0, "result")
                .get("reference").asText();
        assertThat(line.tenant().book(line.serviceId(), TenantFixture.at(TenantFixture.daysAhead(7), 12, 0),
                "+34612999888").status()).isEqualTo(201);

        JsonNode mine = result(vapi(line, toolCalls(callId, List.of(objectArgs("m3", "find_my_bookings",
                Map.of("phone", "+34612999888")))), Map.of()), 0, "result").get("bookings");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("reference").asText()).isEqualTo(reference);

        JsonNode moved = result(vapi(line, toolCalls(callId, List.of(objectArgs("m4", "reschedule_booking",
                Map.of("reference", reference, "offerId", offers.get(1).get("offerId").asText())))), Map.of()), 0,
                "result");
        assertThat(moved.get("start").asText()).isEqualTo(offers.get(1).get("start").asText());
        String someoneElses = api.get(line.tenant().base + "/bookings?limit=50", line.tenant().token).body()
                .findValues("reference").stream().map(JsonNode::asText).filter(ref -> !ref.equals(reference))
                .findFirst().orElseThrow();
        assertThat(result(vapi(line, toolCalls(callId, List.of(objectArgs("m5", "cancel_booking",
                Map.of("reference", someoneElses, "phone", "+34612999888")))), Map.of()), 0, "error")
                .get("error").asText()).isEqualTo("booking_not_found");
        JsonNode cancelled = result(vapi(line, toolCalls(callId, List.of(objectArgs("m6", "cancel_booking",
                Map.of("reference", reference)))), Map.of()), 0, "result");
        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(result(vapi(line, toolCalls(callId, List.of(objectArgs("m7", "find_my_bookings", Map.of()))),
                Map.of()), 0, "result").get("bookings")).isEmpty();
    }

    @Test
    void unauthenticatedOrBadlySignedWebhooksAre401_andStoreNothing() throws Exception {
        Line line = line("STARTER", Map.of("hmacSecret", "hmac-shared-secret"));
        String callId = "call-auth-" + Instant.now().toEpochMilli();
        Map<String, Object> report = Map.of("message", Map.of("type", "end-of-call-report", "call", call(callId),
                "durationSeconds", 30));
        String body = JSON.writeValueAsString(report);
        String path = "/webhooks/vapi/" + line.slug();
        assertThat(api.post(path, null, body, Map.of("Content-Type", "application/json")).status()).isEqualTo(401);
        assertThat(api.post(path, null, body, Map.of("Content-Type", "application/json", "X-Vapi-Secret",
                "vsk_wrong", "X-Vapi-Signature", sign(body))).status()).isEqualTo(401);
        assertThat(api.post(path, null, body, Map.of("Content-Type", "application/json", "X-Vapi-Secret",
                line.credential(), "X-Vapi-Signature", sign(body + " "))).status()).isEqualTo(401);
        assertThat(api.post("/webhooks/vapi/no-such-business", null, body, Map.of("Content-Type",
                "application/json", "X-Vapi-Secret", line.credential())).status()).isEqualTo(401);
        assertThat(api.get(line.tenant().base + "/voice/calls", line.tenant().token).body().get("items")).isEmpty();

        assertThat(api.post(path, null, body, Map.of("Content-Type", "application/json", "X-Vapi-Secret",
                line.credential(), "X-Vapi-Signature", sign(body))).status()).isEqualTo(200);
        assertThat(api.get(line.tenant().base + "/voice/calls", line.tenant().token).body().get("items")).hasSize(1);
        assertThat(api.get(line.tenant().base + "/voice", line.tenant().token).text("hmacConfigured"))
                .isEqualTo("true");
    }

    @Test
    void aPlanWithoutMinutesLeft_refusesTheCallPolitely() {
        Line free = line(null, Map.of());
        Api.Response refused = vapi(free, Map.of("type", "assistant-request", "call", call("call-free")), Map.of());
        assertThat(refused.status()).as(refused.raw()).isEqualTo(200);
        assertThat(refused.text("error")).contains("no puede atender más llamadas este mes");
        assertThat(refused.body().has("assistant")).isFalse();
    }

    @Test
    void aCallIsCutToTheMinutesLeft_andRefusedOnceThePlansMinutesAreSpent() {
        Line line = line("STARTER", Map.of("maxCallMinutes", 10));
        Map<String, Object> setup = Map.of("type", "assistant-request", "call", call("call-minutes"));
        assertThat(vapi(line, setup, Map.of()).text("assistant.maxDurationSeconds")).isEqualTo("600");
        assertThat(vapi(line, Map.of("type", "end-of-call-report", "call", call("long-call-1"), "durationSeconds",
                94 * 60 + 30), Map.of()).status()).isEqualTo(200);
        assertThat(vapi(line, setup, Map.of()).text("assistant.maxDurationSeconds")).isEqualTo("300");
        assertThat(vapi(line, Map.of("type", "end-of-call-report", "call", call("long-call-2"), "durationSeconds",
                290), Map.of()).status()).isEqualTo(200);
        Api.Response spent = vapi(line, setup, Map.of());
        assertThat(spent.body().has("assistant")).as(spent.raw()).isFalse();
        assertThat(spent.text("error")).contains("no puede atender más llamadas este mes");
        assertThat(api.get(line.tenant().base + "/usage", line.tenant().token).text("voiceMinutes")).isEqualTo("100");
    }

    private static String sign(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("hmac-shared-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
