package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Three instances of the service on one store, as behind a load balancer: a tenant's quota and an address's hold cap
 * are counted once across all of them, not once per instance, and of their three dispatchers one sends each webhook.
 */
@ParameterizedClass
@EnumSource(Store.class)
class SharedLimitsTest {
    private final Store store;
    private final Api api;

    SharedLimitsTest(Store store) {
        this.store = store;
        this.api = new Api(BootedService.baseUrl(store));
    }

    /**
     * Bookings made through the three instances, whose dispatchers all run: each booking's webhook arrives once, with
     * its own delivery id, whichever instance claimed it.
     */
    private void everyBookingsWebhookIsDeliveredOnce(List<Api> instances) {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of());
        tenant.createStaff(serviceId);
        String hook = "/hooks/three-instances-" + tenant.tenantId.toLowerCase(Locale.ROOT);
        assertThat(api.post(tenant.base + "/webhook-endpoints", tenant.token, Map.of("url",
                WebhookReceiver.get().url(hook), "eventTypes", List.of("booking.created"))).status()).isEqualTo(201);
        for (int i = 0; i < 6; i++) {
            Api.Response booked = instances.get(i % 3).post(tenant.base + "/bookings", tenant.token, Map.of(
                    "serviceId", serviceId, "start", TenantFixture.at(TenantFixture.daysAhead(5), 9 + i, 0),
                    "client", Map.of("firstName", "Lucía", "phone", "+3460077" + String.format("%04d", i))));
            assertThat(booked.status()).as(booked.raw()).isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> api.get(tenant.base + "/deliveries?channel=WEBHOOK&status=SENT", tenant.token).body()
                        .get("items").size() == 6);
        List<WebhookReceiver.Received> received = WebhookReceiver.get().receivedAt(hook);
        assertThat(received).hasSize(6);
        assertThat(received.stream().map(request -> request.headers().get("Webhook-id").get(0)).distinct())
                .hasSize(6);
    }

    @Test
    void aQuotaAndAHoldCapAreCountedOnceAcrossThreeInstances_andEveryWebhookGoesOutOnce() {
        EmbeddedServer second = BootedService.anotherInstance(store);
        EmbeddedServer third = BootedService.anotherInstance(store);
        try {
            List<Api> instances = List.of(api, new Api(second.getURL().toString(), api.address()),
                    new Api(third.getURL().toString(), api.address()));
            TenantFixture tenant = TenantFixture.signUp(api);
            String serviceId = tenant.createService(Map.of());
            tenant.createStaff(serviceId);
            Api.Response key = api.post(tenant.base + "/api-keys", tenant.token, Map.of("kind", "PUBLISHABLE",
                    "name", "widget", "allowedOrigins", List.of("https://salon.example")));
            Api.Response profile = api.get(tenant.base, tenant.token);
            String slug = profile.text("slug");
            String state = profile.http().headers().firstValue("RateLimit").orElseThrow();
            int left = Integer.parseInt(state.replaceAll(".*;r=(\\d+);.*", "$1"));
            assertThat(left).isBetween(90, 99);

            int admitted = 0;
            for (int i = 0; i < 120; i++) {
                admitted += instances.get(i % 3).get(tenant.base, tenant.token).status() == 200 ? 1 : 0;
            }
            assertThat(admitted).as("what was left of the FREE plan's 100 a minute, counted once").isEqualTo(left);

            int held = 0;
            for (int i = 0; i < 6; i++) {
                held += instances.get(i % 3).send("POST", "/v1/public/" + slug + "/holds", null, Map.of("serviceId",
                        serviceId, "start", TenantFixture.at(TenantFixture.daysAhead(4), 9 + i, 0),
                        "contact", "holder" + i + "@example.com"),
                        Map.of("X-Api-Key", key.text("key"))).status() == 201 ? 1 : 0;
            }
            assertThat(held).as("three holds per address per hold lifetime").isEqualTo(3);

            everyBookingsWebhookIsDeliveredOnce(instances);
        } finally {
            second.stop();
            third.stop();
        }
    }
}
