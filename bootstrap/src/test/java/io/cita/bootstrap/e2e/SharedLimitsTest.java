package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Three instances of the service on one store, as behind a load balancer: a tenant's quota and an address's hold cap
 * are counted once across all of them, not once per instance.
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

    @Test
    void aQuotaAndAHoldCapAreCountedOnceAcrossThreeInstances() {
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
                        serviceId, "start", TenantFixture.at(TenantFixture.daysAhead(4), 9 + i, 0)),
                        Map.of("X-Api-Key", key.text("key"))).status() == 201 ? 1 : 0;
            }
            assertThat(held).as("three holds per address per hold lifetime").isEqualTo(3);
        } finally {
            second.stop();
            third.stop();
        }
    }
}
