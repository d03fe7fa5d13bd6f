package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The platform super-admin changes plans and statuses; nobody else reaches /v1/admin. */
@ParameterizedClass
@EnumSource(Store.class)
class AdminTest {
    private final Api api;

    AdminTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
    }

    @Test
    void theSuperAdminUpgradesATenant_whoseOwnerCannotReachTheAdminApi() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String root = api.post("/v1/auth/login", null, Map.of("email", "root@cita.test", "password", "root-password-1"))
                .text("accessToken");

        assertThat(api.get("/v1/admin/tenants", tenant.token).status()).isEqualTo(403);
        assertThat(api.get("/v1/admin/tenants", null).status()).isEqualTo(401);
        assertThat(api.get("/v1/admin/tenants?limit=200", root).status()).isEqualTo(200);
        Api.Response upgraded = api.send("PATCH", "/v1/admin/tenants/" + tenant.tenantId, root,
                Map.of("plan", "PROFESSIONAL", "status", "ACTIVE"), Map.of());
        assertThat(upgraded.status()).as(upgraded.raw()).isEqualTo(200);
        assertThat(api.get(tenant.base, tenant.token).text("plan")).isEqualTo("PROFESSIONAL");
        assertThat(api.get(tenant.base + "/usage", tenant.token).text("limits.services")).isEqualTo("15");
        assertThat(api.get(tenant.base + "/audit-log", tenant.token).body().get("items").get(0).get("action").asText())
                .isEqualTo("tenant.subscription-changed");
        assertThat(api.send("PATCH", "/v1/admin/tenants/" + tenant.tenantId, root, Map.of("plan", "GOLD"), Map.of())
                .status()).isEqualTo(400);
    }
}
