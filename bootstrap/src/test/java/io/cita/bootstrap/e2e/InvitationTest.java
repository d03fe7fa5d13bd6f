package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.f4b6a3.ulid.UlidCreator;
import io.cita.application.port.out.Tenants;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.tenant.TenantStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Members join by invitation (issue 17): adding a member answers the same whether or not the address has an account
 * (even the platform's admin) and reveals nobody's name or id; the e-mailed single-use link is accepted with the
 * account's own password, or makes a new account; used, unknown and forged links are refused alike.
 */
@ParameterizedClass
@EnumSource(Store.class)
class InvitationTest {
    private final Store store;
    private final Api api;

    InvitationTest(Store store) {
        this.store = store;
        this.api = new Api(BootedService.baseUrl(store));
    }

    private TenantFixture paidTenant() {
        TenantFixture tenant = TenantFixture.signUp(api);
        Tenants tenants = BootedService.context(store).getBean(Tenants.class);
        tenants.update(tenants.find(tenant.tenantId).orElseThrow()
                .withSubscription(PlanCode.PROFESSIONAL, TenantStatus.ACTIVE), null);
        return tenant;
    }

    private static String unknownAddress() {
        return "new-" + UlidCreator.getMonotonicUlid().toString().toLowerCase(Locale.ROOT) + "@example.com";
    }

    private Api.Response invite(TenantFixture tenant, String email) {
        return api.post(tenant.base + "/members", tenant.token, Map.of("email", email, "role", "MEMBER"));
    }

    @Test
    void anExistingAccountAndAnUnknownAddressGetTheSameAnswer_andNobodysNameOrIdIsRevealed() {
        TenantFixture tenant = paidTenant();
        TenantFixture elsewhere = TenantFixture.signUp(api);
        List<Api.Response> answers = new ArrayList<>();
        for (String email : List.of(elsewhere.ownerEmail, unknownAddress(), "root@cita.test")) {
            answers.add(invite(tenant, email));
        }
        for (Api.Response answer : answers) {
            assertThat(answer.status()).as(answer.raw()).isEqualTo(202);
            assertThat(fieldNames(answer.body())).containsExactly("invitationId", "email", "role", "resourceId",
                    "expiresAt");
            assertThat(answer.raw()).doesNotContain("usr_", "Ana", "García", "Root");
        }
        assertThat(api.get(tenant.base + "/members", tenant.token).body().get("items")).as("nobody joined yet")
                .hasSize(1);
        assertThat(api.post(tenant.base + "/members", tenant.token, Map.of("email", unknownAddress(), "role",
                "MEMBER", "password", "chosen-by-the-owner")).status()).as("the invitee chooses the password")
                .isEqualTo(400);
    }

    @Test
    void anAccountOfAnotherBusinessJoinsWithItsOwnPassword_once() {
        TenantFixture tenant = paidTenant();
        TenantFixture elsewhere = TenantFixture.signUp(api);
        assertThat(invite(tenant, elsewhere.ownerEmail).status()).isEqualTo(202);
        String token = Mailbox.invitationToken(elsewhere.ownerEmail);

        assertThat(accept(token, "not-the-password").status()).isEqualTo(401);
        Api.Response joined = accept(token, TenantFixture.PASSWORD);
        assertThat(joined.status()).as(joined.raw()).isEqualTo(200);
        assertThat(joined.text("tenantId")).isEqualTo(tenant.tenantId);
        assertThat(joined.text("role")).isEqualTo("MEMBER");
        Api.Response login = api.post("/v1/auth/login", null, Map.of("email", elsewhere.ownerEmail, "password",
                TenantFixture.PASSWORD));
        assertThat(login.body().get("memberships").findValuesAsText("tenantId"))
                .containsExactlyInAnyOrder(tenant.tenantId, elsewhere.tenantId);

        Api.Response again = accept(token, TenantFixture.PASSWORD);
        Api.Response unknown = accept("inv_01JD8X0000000000000000000A.nothing", TenantFixture.PASSWORD);
        Api.Response forged = accept(token.substring(0, token.indexOf('.') + 1) + "forged", TenantFixture.PASSWORD);
        for (Api.Response refused : List.of(again, unknown, forged, accept("garbage", TenantFixture.PASSWORD))) {
            assertThat(refused.status()).as(refused.raw()).isEqualTo(404);
            assertThat(refused.text("detail")).isEqualTo(again.text("detail"));
        }
    }

    @Test
    void anUnknownAddressMakesItsAccountWhenAccepting_andTheFieldsAreChecked() {
        TenantFixture tenant = paidTenant();
        String email = unknownAddress();
        Api.Response invited = api.post(tenant.base + "/members", tenant.token, Map.of("email", email, "role",
                "STAFF", "firstName", "Lucía"));
        assertThat(invited.status()).isEqualTo(202);
        String token = Mailbox.invitationToken(email);
        assertThat(Mailbox.text(Mailbox.to(email).get(0))).contains("Hola Lucía", "Salon ");

        Api.Response shortPassword = accept(token, "short");
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.body().get("errors").get(0).get("field").asText()).isEqualTo("password");
        Api.Response joined = accept(token, "a-long-password");
        assertThat(joined.status()).as(joined.raw()).isEqualTo(200);
        assertThat(api.post("/v1/auth/login", null, Map.of("email", email, "password", "a-long-password")).status())
                .isEqualTo(200);
        assertThat(api.get(tenant.base + "/members", tenant.token).body().get("items").findValuesAsText("firstName"))
                .contains("Lucía");
        assertThat(api.get(tenant.base + "/audit-log", tenant.token).body().get("items").findValuesAsText("action"))
                .contains("member.invited", "member.added");
    }

    @Test
    void theLinkOpensAPageWhoseScriptAcceptsTheInvitation_underAStrictPolicy() {
        Api.Response page = api.get("/join?token=inv_x.y", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.raw()).contains("<form id=\"accept\"", "<script src=\"/join.js\"></script>")
                .doesNotContain("inv_x.y");
        assertThat(page.http().headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self';");
        assertThat(page.http().headers().firstValue("Referrer-Policy")).contains("no-referrer");
        Api.Response script = api.get("/join.js", null);
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.raw()).contains("page.post('/v1/invitations/accept'");
        assertThat(api.get("/account.js", null).raw()).contains("fetch(path");
        assertThat(api.get("/account.css", null).status()).isEqualTo(200);
    }

    @Test
    void invitationEmailsAreNotWebhookEvents() {
        TenantFixture tenant = paidTenant();
        Api.Response refused = api.post(tenant.base + "/webhook-endpoints", tenant.token, Map.of("url",
                "https://hooks.example.com/cita", "eventTypes", List.of("member.invited")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo("eventTypes");
    }

    private Api.Response accept(String token, String password) {
        return api.post("/v1/invitations/accept", null, Map.of("token", token, "password", password));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
