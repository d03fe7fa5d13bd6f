package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Every mutation lands in the audit log with its actor, address and before/after values. */
@ParameterizedClass
@EnumSource(Store.class)
class AuditLogTest {
    private final Api api;

    AuditLogTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
    }

    @Test
    void mutationsAreRecordedNewestFirst_withActorAndValues_andPagedByCursor() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of());
        tenant.createStaff(serviceId);
        api.send("PATCH", tenant.base + "/services/" + serviceId, tenant.token, Map.of("name", "Renamed"), Map.of());
        Api.Response booked = tenant.book(serviceId, TenantFixture.at(TenantFixture.daysAhead(9), 10, 0), "+34600004001");
        api.post(tenant.base + "/bookings/" + booked.text("id") + "/cancel", tenant.token, Map.of("reason", "ill"));

        List<JsonNode> entries = new ArrayList<>();
        String cursor = null;
        do {
            Api.Response page = api.get(tenant.base + "/audit-log?limit=3" + (cursor == null ? "" : "&cursor=" + cursor),
                    tenant.token);
            assertThat(page.status()).as(page.raw()).isEqualTo(200);
            page.body().get("items").forEach(entries::add);
            cursor = page.text("nextCursor");
        } while (cursor != null);
        List<String> actions = entries.stream().map(entry -> entry.get("action").asText()).toList();

        assertThat(actions).startsWith("booking.cancelled", "booking.created", "service.updated")
                .contains("schedule.replaced", "resource.created", "service.created", "tenant.created");
        JsonNode cancelled = entries.get(0);
        assertThat(cancelled.get("actorType").asText()).isEqualTo("USER");
        assertThat(cancelled.get("oldValues").get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(cancelled.get("newValues").get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("ip").asText()).as("the caller behind the trusted proxy").isEqualTo(api.address());
        JsonNode renamed = entries.get(2);
        assertThat(renamed.get("oldValues").get("name").asText()).isEqualTo("Haircut");
        assertThat(renamed.get("newValues").get("name").asText()).isEqualTo("Renamed");
        assertThat(entries.toString()).doesNotContain("passwordHash").doesNotContain("$2a$");
    }
}
