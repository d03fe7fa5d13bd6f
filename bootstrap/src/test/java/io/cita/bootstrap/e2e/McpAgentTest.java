package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.port.out.Tenants;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.tenant.TenantStatus;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The agent tool set over MCP (issue 13), driven by the MCP Java SDK's own client over Streamable HTTP: a secret key
 * lists the same tools with the same schemas the voice assistant gets and books through them (channel AGENT); a key
 * sees only its own business; no key, or a publishable one, is 401.
 */
@ParameterizedClass
@EnumSource(Store.class)
class McpAgentTest {
    private final Api api;
    private final Store store;

    McpAgentTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
        this.store = store;
    }

    private String secretKey(TenantFixture tenant, String kind) {
        Api.Response created = api.post(tenant.base + "/api-keys", tenant.token, Map.of("kind", kind, "name", "agent",
                "allowedOrigins", List.of("https://salon.example")));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.text("key");
    }

    private McpSyncClient client(String key) {
        McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder(api.baseUrl()).endpoint("/mcp")
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + key)).build())
                .requestTimeout(Duration.ofSeconds(30)).build();
        client.initialize();
        return client;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> call(McpSyncClient client, String tool, Map<String, Object> arguments) {
        McpSchema.CallToolResult result = client.callTool(McpSchema.CallToolRequest.builder().name(tool)
                .arguments(arguments).build());
        return (Map<String, Object>) result.structuredContent();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAgentListsTheToolsAndBooks_asItsKey() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of("name", "Corte de pelo"));
        tenant.createStaff(serviceId);
        try (McpSyncClient client = client(secretKey(tenant, "SECRET"))) {
            List<McpSchema.Tool> tools = client.listTools().tools();
            assertThat(tools).extracting(McpSchema.Tool::name).containsExactly("list_services", "find_offers",
                    "explain_time", "hold_offer", "book", "find_my_bookings", "cancel_booking", "reschedule_booking");
            McpSchema.Tool find = tools.get(1);
            assertThat((List<Object>) find.inputSchema().get("required")).containsExactly("service");
            assertThat(find.annotations().readOnlyHint()).isTrue();
            assertThat(tools.get(4).annotations().readOnlyHint()).isFalse();

            Map<String, Object> offers = call(client, "find_offers", Map.of("service", "cortes",
                    "date", TenantFixture.daysAhead(3).toString()));
            assertThat(offers.get("ok")).isEqualTo(true);
            Map<String, Object> first = ((List<Map<String, Object>>) offers.get("offers")).get(0);
            Map<String, Object> booked = call(client, "book", Map.of("offerId", first.get("offerId"),
                    "name", "Rosa Díaz", "phone", "+34611222333"));
            assertThat(booked.get("ok")).as(booked.toString()).isEqualTo(true);
            Map<String, Object> mine = call(client, "find_my_bookings", Map.of("phone", "+34611222333"));
            assertThat((List<Object>) mine.get("bookings")).hasSize(1);
            Map<String, Object> unknown = call(client, "find_my_bookings", Map.of());
            assertThat(unknown.get("error")).isEqualTo("caller_unknown");
        }
        Api.Response bookings = api.get(tenant.base + "/bookings?limit=10", tenant.token);
        assertThat(bookings.body().get("items").get(0).get("channel").asText()).isEqualTo("AGENT");
        assertThat(api.get(tenant.base + "/audit-log?limit=50", tenant.token).body().get("items")
                .findValues("actorType").stream().map(node -> node.asText()).toList()).contains("API_KEY");
    }

    @Test
    void aBusinessNotTakingBookings_answersEveryToolPolitely() {
        TenantFixture tenant = TenantFixture.signUp(api);
        tenant.createStaff(tenant.createService(Map.of("name", "Corte de pelo")));
        String key = secretKey(tenant, "SECRET");
        Tenants tenants = BootedService.context(store).getBean(Tenants.class);
        tenants.update(tenants.find(tenant.tenantId).orElseThrow().withSubscription(PlanCode.STARTER,
                TenantStatus.SUSPENDED), null);
        try (McpSyncClient client = client(key)) {
            Map<String, Object> refused = call(client, "find_offers", Map.of("service", "corte"));
            assertThat(refused.get("error")).isEqualTo("business_unavailable");
            assertThat(refused.get("say")).isEqualTo("Lo sentimos, el negocio no está tomando reservas en este "
                    + "momento.");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aKeySeesOnlyItsOwnBusiness_andWithoutASecretKeyTheAnswerIs401() {
        TenantFixture a = TenantFixture.signUp(api);
        String serviceA = a.createService(Map.of("name", "Manicura"));
        a.createStaff(serviceA);
        Api.Response made = a.book(serviceA, TenantFixture.at(TenantFixture.daysAhead(4), 11, 0), "+34611444555");
        assertThat(made.status()).isEqualTo(201);
        TenantFixture b = TenantFixture.signUp(api);
        b.createStaff(b.createService(Map.of("name", "Masaje")));
        try (McpSyncClient client = client(secretKey(b, "SECRET"))) {
            List<Map<String, Object>> services = (List<Map<String, Object>>) call(client, "list_services", Map.of())
                    .get("services");
            assertThat(services).extracting(service -> service.get("name")).containsExactly("Masaje");
            assertThat(call(client, "find_offers", Map.of("service", "manicura")).get("error"))
                    .isEqualTo("unknown_service");
            assertThat((List<Object>) call(client, "find_my_bookings", Map.of("phone", "+34611444555"))
                    .get("bookings")).isEmpty();
            assertThat(call(client, "cancel_booking", Map.of("reference", made.text("reference"), "phone",
                    "+34611444555")).get("error")).isEqualTo("booking_not_found");
        }
        assertThat(api.get(a.base + "/bookings/" + made.text("id"), a.token).text("status")).isEqualTo("CONFIRMED");

        String initialize = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}";
        assertThat(api.post("/mcp", null, initialize, Map.of("Content-Type", "application/json")).status())
                .isEqualTo(401);
        assertThat(api.post("/mcp", secretKey(a, "PUBLISHABLE"), initialize, Map.of("Content-Type",
                "application/json")).status()).isEqualTo(401);
        assertThat(api.post("/mcp", "sk_live_nope_nope", initialize, Map.of("Content-Type", "application/json"))
                .status()).isEqualTo(401);
    }
}
