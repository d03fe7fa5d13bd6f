package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.port.out.Tenants;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.tenant.TenantStatus;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The role matrix of docs/security.md, each role against each kind of endpoint, and the members API's own rules. */
@ParameterizedClass
@EnumSource(Store.class)
class RolesTest {
    private final Api api;
    private final Store store;

    RolesTest(Store store) {
        this.store = store;
        this.api = new Api(BootedService.baseUrl(store));
    }

    /** A PROFESSIONAL tenant with one member of every role; staff linked to the first resource. */
    private final class Team {
        final TenantFixture tenant = TenantFixture.signUp(api);
        final String serviceId;
        final String ownResource;
        final String otherResource;
        final Map<String, String> tokens = new LinkedHashMap<>();
        final Map<String, String> userIds = new LinkedHashMap<>();

        Team() {
            Tenants tenants = BootedService.context(store).getBean(Tenants.class);
            tenants.update(tenants.find(tenant.tenantId).orElseThrow()
                    .withSubscription(PlanCode.PROFESSIONAL, TenantStatus.ACTIVE), null);
            serviceId = tenant.createService(Map.of());
            ownResource = tenant.createStaff(serviceId);
            otherResource = tenant.createStaff(serviceId);
            tokens.put("OWNER", tenant.token);
            for (String role : List.of("ADMIN", "MANAGER", "STAFF", "MEMBER")) {
                String email = role.toLowerCase() + "-" + tenant.tenantId.toLowerCase() + "@example.com";
                userIds.put(role, tenant.addMember(email, role, role.equals("STAFF") ? ownResource : null,
                        "member-pass-1"));
                tokens.put(role, api.post("/v1/auth/login", null, Map.of("email", email, "password", "member-pass-1"))
                        .text("accessToken"));
            }
        }
    }

    @Test
    void eachRoleGetsTheDocumentedOutcomeOnEachKindOfEndpoint() {
        Team team = new Team();
        String base = team.tenant.base;
        LocalDateCounter days = new LocalDateCounter();
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        // OWNER, ADMIN, MANAGER, STAFF, MEMBER
        expected.put("GET services", List.of(200, 200, 200, 200, 200));
        expected.put("GET bookings", List.of(200, 200, 200, 200, 200));
        expected.put("POST bookings", List.of(201, 201, 201, 201, 403));
        expected.put("POST services", List.of(201, 201, 201, 403, 403));
        expected.put("PATCH tenant", List.of(200, 200, 403, 403, 403));
        expected.put("GET members", List.of(200, 200, 403, 403, 403));
        expected.put("POST categories", List.of(201, 201, 201, 403, 403));
        int index = 0;
        for (String role : team.tokens.keySet()) {
            String token = team.tokens.get(role);
            Map<String, Integer> actual = new LinkedHashMap<>();
            actual.put("GET services", api.get(base + "/services", token).status());
            actual.put("GET bookings", api.get(base + "/bookings", token).status());
            actual.put("POST bookings", api.post(base + "/bookings", token, Map.of("serviceId", team.serviceId,
                    "start", TenantFixture.at(days.next(), 10, 0),
                    "client", Map.of("firstName", "A", "phone", "+3460000" + (1000 + index)))).status());
            actual.put("POST services", api.post(base + "/services", token, Map.of("name", "S " + role,
                    "durationMinutes", 30, "price", Map.of("amount", 100, "currency", "EUR"))).status());
            actual.put("PATCH tenant", api.send("PATCH", base, token, Map.of("name", "By " + role), Map.of()).status());
            actual.put("GET members", api.get(base + "/members", token).status());
            actual.put("POST categories", api.post(base + "/categories", token, Map.of("name", "C " + role)).status());
            for (Map.Entry<String, Integer> outcome : actual.entrySet()) {
                assertThat(outcome.getValue()).as(role + " " + outcome.getKey())
                        .isEqualTo(expected.get(outcome.getKey()).get(index));
            }
            index++;
        }
    }

    @Test
    void staffSeeAndBookOnlyTheirOwnResource() {
        Team team = new Team();
        String base = team.tenant.base;
        Api.Response elsewhere = api.post(base + "/bookings", team.tenant.token, Map.of("serviceId", team.serviceId,
                "start", TenantFixture.at(TenantFixture.daysAhead(12), 10, 0), "resourceIds", List.of(team.otherResource),
                "client", Map.of("firstName", "A", "phone", "+34600002001")));
        assertThat(elsewhere.status()).as(elsewhere.raw()).isEqualTo(201);
        String staff = team.tokens.get("STAFF");

        Api.Response mine = api.post(base + "/bookings", staff, Map.of("serviceId", team.serviceId,
                "start", TenantFixture.at(TenantFixture.daysAhead(12), 10, 0),
                "client", Map.of("firstName", "B", "phone", "+34600002002")));
        assertThat(mine.status()).as(mine.raw()).isEqualTo(201);
        assertThat(mine.body().get("resourceIds").get(0).asText()).isEqualTo(team.ownResource);

        Api.Response listed = api.get(base + "/bookings", staff);
        assertThat(listed.body().get("items")).hasSize(1);
        assertThat(api.get(base + "/bookings/" + elsewhere.text("id"), staff).status()).isEqualTo(404);
        assertThat(api.post(base + "/bookings/" + elsewhere.text("id") + "/cancel", staff, null).status()).isEqualTo(404);
        assertThat(api.get(base + "/bookings", team.tenant.token).body().get("items")).hasSize(2);
    }

    @Test
    void membersCannotBeRaisedAboveTheirGranter_andTheOwnerStays() {
        Team team = new Team();
        String base = team.tenant.base;
        String admin = team.tokens.get("ADMIN");
        String ownerId = api.get(base + "/members", team.tenant.token).body().get("items").findValues("userId").stream()
                .map(node -> node.asText()).filter(id -> !team.userIds.containsValue(id)).findFirst().orElseThrow();

        assertThat(api.post(base + "/members", admin, Map.of("email", "x-" + team.tenant.tenantId.toLowerCase()
                + "@example.com", "firstName", "X", "role", "OWNER")).status()).isEqualTo(403);
        assertThat(api.send("PATCH", base + "/members/" + ownerId, admin, Map.of("role", "MEMBER"), Map.of()).status())
                .isEqualTo(403);
        assertThat(api.send("DELETE", base + "/members/" + ownerId, team.tenant.token, null, Map.of()).status())
                .isEqualTo(403);
        Api.Response demoted = api.send("PATCH", base + "/members/" + team.userIds.get("MANAGER"), admin,
                Map.of("role", "MEMBER"), Map.of());
        assertThat(demoted.text("role")).isEqualTo("MEMBER");
        assertThat(api.post(base + "/services", team.tokens.get("MANAGER"), Map.of("name", "Nope",
                "durationMinutes", 30, "price", Map.of("amount", 1, "currency", "EUR"))).status()).isEqualTo(403);
        assertThat(api.send("DELETE", base + "/members/" + team.userIds.get("MEMBER"), admin, null, Map.of()).status())
                .isEqualTo(204);
        assertThat(api.get(base, team.tokens.get("MEMBER")).status()).isEqualTo(404);

        Api.Response added = api.post(base + "/members", admin, Map.of("email", "new-" + team.tenant.tenantId.toLowerCase()
                + "@example.com", "firstName", "New", "role", "STAFF"));
        assertThat(added.status()).isEqualTo(202);
    }

    @Test
    void theFreePlanAllowsOnlyItsOwner() {
        TenantFixture tenant = TenantFixture.signUp(api);
        Api.Response refused = api.post(tenant.base + "/members", tenant.token, Map.of("email", "staff-"
                + tenant.tenantId.toLowerCase() + "@example.com", "firstName", "S", "role", "STAFF"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("limit")).isEqualTo("STAFF_USERS");
    }

    @Test
    void fieldsThatMayNotBeSetAreRejectedAndNothingChanges() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of());
        assertThat(api.send("PATCH", tenant.base, tenant.token, Map.of("status", "ACTIVE"), Map.of()).status())
                .isEqualTo(400);
        assertThat(api.send("PATCH", tenant.base, tenant.token, Map.of("tenantId", "ten_other"), Map.of()).status())
                .isEqualTo(400);
        assertThat(api.post(tenant.base + "/services", tenant.token, Map.of("name", "X", "durationMinutes", 30,
                "tenantId", "ten_other", "price", Map.of("amount", 1, "currency", "EUR"))).status()).isEqualTo(400);
        assertThat(api.post(tenant.base + "/bookings", tenant.token, Map.of("serviceId", serviceId, "status",
                "CONFIRMED", "start", TenantFixture.at(TenantFixture.daysAhead(3), 10, 0))).status()).isEqualTo(400);
        assertThat(api.post(tenant.base + "/bookings", tenant.token, Map.of("serviceId", serviceId, "price",
                Map.of("amount", 0, "currency", "EUR"), "start", TenantFixture.at(TenantFixture.daysAhead(3), 10, 0)))
                .status()).isEqualTo(400);
        assertThat(api.post(tenant.base + "/members", tenant.token, Map.of("email", "a@example.com", "role", "STAFF",
                "tenantId", "ten_other")).status()).isEqualTo(400);
        Api.Response after = api.get(tenant.base, tenant.token);
        assertThat(after.text("status")).isEqualTo("TRIAL");
        assertThat(after.text("plan")).isEqualTo("FREE");
        assertThat(api.get(tenant.base + "/bookings", tenant.token).body().get("items")).isEmpty();
    }

    /** Successive days a week ahead, so each booking of the matrix gets a free slot. */
    private static final class LocalDateCounter {
        private int offset = 20;

        LocalDate next() {
            return TenantFixture.daysAhead(offset++);
        }
    }
}
