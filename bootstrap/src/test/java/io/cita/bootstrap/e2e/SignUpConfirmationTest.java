package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.f4b6a3.ulid.UlidCreator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Sign-up never tells whether an address has an account (issue 17): every address gets the same 202 and an e-mail;
 * nothing exists until the link is used; an address with an account gets the business added to it, its password
 * unchanged, so whoever typed another password cannot use it; a link works once.
 */
@ParameterizedClass
@EnumSource(Store.class)
class SignUpConfirmationTest {
    private final Api api;

    SignUpConfirmationTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
    }

    private static String unique() {
        return UlidCreator.getMonotonicUlid().toString().toLowerCase(Locale.ROOT);
    }

    /** A sign-up body whose owner is {@code email} with {@code password}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> signUpAs(String email, String password) {
        Map<String, Object> body = new HashMap<>(TenantFixture.signUpBody(unique()));
        Map<String, Object> owner = new HashMap<>((Map<String, Object>) body.get("owner"));
        owner.put("email", email);
        owner.put("password", password);
        body.put("owner", owner);
        return body;
    }

    @Test
    void anAddressWithAnAccountGetsTheSameAnswer_andConfirmingAddsTheBusinessWithItsOwnPassword() {
        TenantFixture existing = TenantFixture.signUp(api);
        String fresh = "owner-" + unique() + "@example.com";
        Api.Response toExisting = api.post("/v1/signup", null, signUpAs(existing.ownerEmail, "attacker-password"));
        Api.Response toFresh = api.post("/v1/signup", null, signUpAs(fresh, "attacker-password"));
        for (Api.Response answer : List.of(toExisting, toFresh)) {
            assertThat(answer.status()).as(answer.raw()).isEqualTo(202);
            assertThat(answer.text("status")).isEqualTo("confirmation-sent");
            assertThat(answer.raw()).doesNotContain("accessToken", "ten_", "usr_");
        }
        assertThat(api.post("/v1/auth/login", null, Map.of("email", fresh, "password", "attacker-password"))
                .status()).as("nothing exists before the address is confirmed").isEqualTo(401);

        String token = Mailbox.signUpToken(existing.ownerEmail);
        assertThat(Mailbox.text(Mailbox.to(existing.ownerEmail).get(Mailbox.to(existing.ownerEmail).size() - 1)))
                .contains("ya tiene una cuenta de Cita");
        Api.Response created = api.post("/v1/signup/confirm", null, Map.of("token", token));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(api.post("/v1/auth/login", null, Map.of("email", existing.ownerEmail, "password",
                "attacker-password")).status()).as("the sign-up's password is not the account's").isEqualTo(401);
        Api.Response owner = api.post("/v1/auth/login", null, Map.of("email", existing.ownerEmail, "password",
                TenantFixture.PASSWORD));
        assertThat(owner.body().get("memberships").findValuesAsText("tenantId"))
                .containsExactlyInAnyOrder(existing.tenantId, created.text("id"));
    }

    @Test
    void aLinkWorksOnce_aForgedOneNever_andATakenSlugIsToldAtOnce() {
        String email = "owner-" + unique() + "@example.com";
        Map<String, Object> body = signUpAs(email, TenantFixture.PASSWORD);
        assertThat(api.post("/v1/signup", null, body).status()).isEqualTo(202);
        String token = Mailbox.signUpToken(email);

        Api.Response forged = api.post("/v1/signup/confirm", null, Map.of("token", token.substring(0,
                token.length() - 4) + "AAAA"));
        assertThat(forged.status()).as(forged.raw()).isEqualTo(404);
        assertThat(api.post("/v1/signup/confirm", null, Map.of("token", "not-a-token")).status()).isEqualTo(404);
        assertThat(api.post("/v1/signup/confirm", null, Map.of("token", token)).status()).isEqualTo(201);
        Api.Response replayed = api.post("/v1/signup/confirm", null, Map.of("token", token));
        assertThat(replayed.status()).isEqualTo(409);
        assertThat(replayed.body().get("errors").get(0).get("field").asText()).isEqualTo("token");

        Map<String, Object> sameSlug = new HashMap<>(signUpAs("owner-" + unique() + "@example.com",
                TenantFixture.PASSWORD));
        sameSlug.put("tenant", body.get("tenant"));
        Api.Response taken = api.post("/v1/signup", null, sameSlug);
        assertThat(taken.status()).isEqualTo(409);
    }

    @Test
    void theLinkOpensAPageThatConfirmsOnlyWhenPressed() {
        Api.Response page = api.get("/signup/confirm?token=x", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.raw()).contains("<form id=\"confirm\"", "<script src=\"/signup/confirm.js\"></script>");
        assertThat(api.get("/signup/confirm.js", null).raw()).contains("addEventListener('submit'");
    }
}
