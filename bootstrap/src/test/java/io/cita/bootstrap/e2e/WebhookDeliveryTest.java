package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.f4b6a3.ulid.UlidCreator;
import com.standardwebhooks.Webhook;
import io.cita.application.port.out.Holds;
import io.cita.application.port.out.StoreOutcome;
import io.cita.domain.booking.Hold;
import io.cita.domain.booking.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Outbound webhooks end to end on the booted service: a booking's event reaches a local receiver signed the Standard
 * Webhooks way and verifies with the library; a failing endpoint is retried, dead-lettered and replayed; a 410
 * disables the endpoint; bad endpoints are refused with 400; a hold left to expire is announced once.
 */
@ParameterizedClass
@EnumSource(Store.class)
class WebhookDeliveryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Gentle enough for the FREE plan's 100 requests a minute. */
    private static final Duration POLL = Duration.ofMillis(500);
    private final Api api;
    private final Store store;
    private final WebhookReceiver receiver = WebhookReceiver.get();

    WebhookDeliveryTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
        this.store = store;
    }

    private static String uniquePath() {
        return "/hooks/" + UlidCreator.getMonotonicUlid().toString().toLowerCase(Locale.ROOT);
    }

    private Api.Response endpoint(TenantFixture tenant, String path, List<String> types) {
        return api.post(tenant.base + "/webhook-endpoints", tenant.token, Map.of("url", receiver.url(path),
                "eventTypes", types));
    }

    private String bookSomething(TenantFixture tenant) {
        String serviceId = tenant.createService(Map.of());
        tenant.createStaff(serviceId);
        Api.Response booked = tenant.book(serviceId, TenantFixture.at(TenantFixture.daysAhead(5), 10, 0),
                "+34600000201");
        assertThat(booked.status()).as(booked.raw()).isEqualTo(201);
        return booked.text("id");
    }

    private JsonNode deliveries(TenantFixture tenant, String query) {
        Api.Response list = api.get(tenant.base + "/deliveries" + query, tenant.token);
        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        return list.body().get("items");
    }

    @Test
    void aBookingsEventArrivesSigned_andVerifiesWithTheStandardWebhooksLibrary() throws Exception {
        TenantFixture tenant = TenantFixture.signUp(api);
        String path = uniquePath();
        Api.Response created = endpoint(tenant, path, List.of("booking.created"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String secret = created.text("secret");
        assertThat(secret).startsWith("whsec_");
        assertThat(api.get(tenant.base + "/webhook-endpoints", tenant.token).raw()).doesNotContain(secret);
        Api.Response audit = api.get(tenant.base + "/audit-log", tenant.token);
        assertThat(audit.raw()).contains("webhook_endpoint.created").doesNotContain(secret);

        String bookingId = bookSomething(tenant);

        await().atMost(PATIENCE).pollInterval(POLL).until(() -> !receiver.receivedAt(path).isEmpty());
        WebhookReceiver.Received request = receiver.receivedAt(path).get(0);
        new Webhook(secret).verify(request.body(), request.headers());
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.get("type").asText()).isEqualTo("booking.created");
        assertThat(body.get("data").get("bookingId").asText()).isEqualTo(bookingId);
        assertThat(body.get("data").get("tenantId").asText()).isEqualTo(tenant.tenantId);
        await().atMost(PATIENCE).pollInterval(POLL)
                .until(() -> deliveries(tenant, "?channel=WEBHOOK&status=SENT").size() == 1);
        assertThat(receiver.receivedAt(path)).hasSize(1);
    }

    @Test
    void afterARotationMessagesVerifyWithTheNewSecret_andWithTheOldOneDuringTheOverlap() throws Exception {
        TenantFixture tenant = TenantFixture.signUp(api);
        String path = uniquePath();
        Api.Response created = endpoint(tenant, path, List.of("booking.created"));
        String oldSecret = created.text("secret");
        Api.Response rotated = api.post(tenant.base + "/webhook-endpoints/" + created.text("id") + "/rotate-secret",
                tenant.token, Map.of());
        assertThat(rotated.status()).as(rotated.raw()).isEqualTo(200);
        String newSecret = rotated.text("secret");
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(oldSecret);

        bookSomething(tenant);

        await().atMost(PATIENCE).pollInterval(POLL).until(() -> !receiver.receivedAt(path).isEmpty());
        WebhookReceiver.Received request = receiver.receivedAt(path).get(0);
        assertThat(request.headers().get("Webhook-signature").get(0).split(" ")).hasSize(2);
        new Webhook(newSecret).verify(request.body(), request.headers());
        new Webhook(oldSecret).verify(request.body(), request.headers());
    }

    @Test
    void aFailingEndpointIsRetried_thenDead_andAReplayDeliversIt() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String path = uniquePath();
        receiver.answer(path, 500);
        endpoint(tenant, path, List.of());
        bookSomething(tenant);

        await().atMost(PATIENCE).pollInterval(POLL)
                .until(() -> deliveries(tenant, "?channel=WEBHOOK&status=DEAD").size() == 1);
        JsonNode dead = deliveries(tenant, "?channel=WEBHOOK&status=DEAD").get(0);
        assertThat(dead.get("attempts").asInt()).isEqualTo(3);
        assertThat(dead.get("lastError").asText()).startsWith("HTTP 500");
        assertThat(receiver.receivedAt(path)).hasSize(3);

        receiver.answer(path, 200);
        Api.Response replayed = api.post(tenant.base + "/deliveries/" + dead.get("id").asText() + "/replay",
                tenant.token, Map.of());
        assertThat(replayed.status()).as(replayed.raw()).isEqualTo(200);
        await().atMost(PATIENCE).pollInterval(POLL)
                .until(() -> deliveries(tenant, "?channel=WEBHOOK&status=SENT").size() == 1);
        assertThat(receiver.receivedAt(path)).hasSize(4);
    }

    @Test
    void aHoldLeftToExpireArrivesAsHoldExpired_once() throws Exception {
        TenantFixture tenant = TenantFixture.signUp(api);
        String path = uniquePath();
        assertThat(endpoint(tenant, path, List.of("hold.expired")).status()).isEqualTo(201);
        String serviceId = tenant.createService(Map.of());
        String staffId = tenant.createStaff(serviceId);
        Hold hold = expiredHold(tenant, serviceId, staffId);

        await().atMost(PATIENCE).pollInterval(POLL).until(() -> !receiver.receivedAt(path).isEmpty());
        JsonNode body = JSON.readTree(receiver.receivedAt(path).get(0).body());
        assertThat(body.get("type").asText()).isEqualTo("hold.expired");
        assertThat(body.get("timestamp").asText()).isEqualTo(hold.expiresAt().toString());
        assertThat(body.get("data").get("holdId").asText()).isEqualTo(hold.id());
        assertThat(body.get("data").get("tenantId").asText()).isEqualTo(tenant.tenantId);
        await().atMost(PATIENCE).pollInterval(POLL)
                .until(() -> deliveries(tenant, "?channel=WEBHOOK&status=SENT").size() == 1);
        assertThat(receiver.receivedAt(path)).hasSize(1);
    }

    /**
     * A hold the customer let run out a minute ago: written through the store's port with past times, as the
     * service's clock cannot be moved (placing and converting holds over HTTP is BookingJourneyTest's).
     */
    private Hold expiredHold(TenantFixture tenant, String serviceId, String staffId) {
        Instant expiredAt = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        Instant start = TenantFixture.daysAhead(6).atTime(10, 0).atZone(TenantFixture.MADRID).toInstant();
        Interval time = new Interval(start, start.plus(Duration.ofMinutes(45)));
        Hold hold = new Hold("hold_" + UlidCreator.getMonotonicUlid(), tenant.tenantId, serviceId, List.of(staffId),
                time, time, 1, expiredAt, expiredAt.minus(Hold.DEFAULT_TTL));
        assertThat(BootedService.context(store).getBean(Holds.class).create(hold, 1, hold.createdAt(), null))
                .isEqualTo(StoreOutcome.DONE);
        return hold;
    }

    @Test
    void anEndpointAnswering410IsDisabled() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String path = uniquePath();
        receiver.answer(path, 410);
        String endpointId = endpoint(tenant, path, List.of("booking.created")).text("id");
        bookSomething(tenant);

        await().atMost(PATIENCE).pollInterval(POLL)
                .until(() -> deliveries(tenant, "?channel=WEBHOOK&status=DEAD").size() == 1);
        assertThat(receiver.receivedAt(path)).hasSize(1);
        JsonNode endpoints = api.get(tenant.base + "/webhook-endpoints", tenant.token).body();
        assertThat(endpoints.get(0).get("id").asText()).isEqualTo(endpointId);
        assertThat(endpoints.get(0).get("enabled").asBoolean()).isFalse();
        assertThat(endpoints.get(0).get("disabledReason").asText()).contains("410");
    }

    @Test
    void anUnknownEventTypeOrANonHttpUrlIsRefusedNamingTheField() {
        TenantFixture tenant = TenantFixture.signUp(api);
        Api.Response unknownType = endpoint(tenant, uniquePath(), List.of("booking.exploded"));
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.raw()).contains("eventTypes");
        Api.Response notHttp = api.post(tenant.base + "/webhook-endpoints", tenant.token,
                Map.of("url", "ftp://hooks.example.com/cita"));
        assertThat(notHttp.status()).isEqualTo(400);
        assertThat(notHttp.raw()).contains("\"field\":\"url\"");
        assertThat(api.get(tenant.base + "/webhook-endpoints", tenant.token).body()).isEmpty();
    }
}
