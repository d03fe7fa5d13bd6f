package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Idempotency-Key on creating POSTs. */
@ParameterizedClass
@EnumSource(Store.class)
class IdempotencyTest {
    private final Api api;

    IdempotencyTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
    }

    @Test
    void aReplayReturnsTheSameBooking_andTheSameKeyWithAnotherBodyIs422() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of());
        tenant.createStaff(serviceId);
        Map<String, Object> body = Map.of("serviceId", serviceId,
                "start", TenantFixture.at(TenantFixture.daysAhead(4), 10, 0),
                "client", Map.of("firstName", "Lucía", "phone", "+34600000030"));

        Api.Response first = api.post(tenant.base + "/bookings", tenant.token, body, Map.of("Idempotency-Key", "\"abc-1\""));
        Api.Response replay = api.post(tenant.base + "/bookings", tenant.token, body, Map.of("Idempotency-Key", "abc-1"));

        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.text("id")).isEqualTo(first.text("id"));
        assertThat(replay.text("reference")).isEqualTo(first.text("reference"));
        assertThat(api.get(tenant.base + "/bookings", tenant.token).body().get("items")).hasSize(1);

        Api.Response other = api.post(tenant.base + "/bookings", tenant.token, Map.of("serviceId", serviceId,
                "start", TenantFixture.at(TenantFixture.daysAhead(4), 12, 0),
                "client", Map.of("firstName", "Lucía", "phone", "+34600000030")), Map.of("Idempotency-Key", "abc-1"));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.text("code")).isEqualTo("idempotency-key-reused");
    }

    @Test
    void aFailedRequestDoesNotBurnItsKey() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of());
        Map<String, Object> body = Map.of("serviceId", serviceId,
                "start", TenantFixture.at(TenantFixture.daysAhead(4), 10, 0),
                "client", Map.of("firstName", "Lucía", "phone", "+34600000031"));

        assertThat(api.post(tenant.base + "/bookings", tenant.token, body, Map.of("Idempotency-Key", "k2")).status())
                .isEqualTo(422);
        tenant.createStaff(serviceId);
        assertThat(api.post(tenant.base + "/bookings", tenant.token, body, Map.of("Idempotency-Key", "k2")).status())
                .isEqualTo(201);
    }
}
