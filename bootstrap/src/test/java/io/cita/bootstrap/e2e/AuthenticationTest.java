package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Access and refresh tokens, logout, and the login lockout. */
@ParameterizedClass
@EnumSource(Store.class)
class AuthenticationTest {
    private static final String SECRET = "test-secret-test-secret-test-secret-0123456789";
    private final Api api;

    AuthenticationTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
    }

    private Api.Response login(TenantFixture tenant, String password) {
        return api.post("/v1/auth/login", null, Map.of("email", tenant.ownerEmail, "password", password));
    }

    @Test
    void aRefreshTokenRotates_andReusingAnOldOneEndsEverySession() {
        TenantFixture tenant = TenantFixture.signUp(api);
        Api.Response first = login(tenant, TenantFixture.PASSWORD);
        assertThat(first.text("refreshToken")).isNotBlank();

        Api.Response second = api.post("/v1/auth/refresh", null, Map.of("refreshToken", first.text("refreshToken")));
        assertThat(second.status()).as(second.raw()).isEqualTo(200);
        assertThat(api.get(tenant.base, second.text("accessToken")).status()).isEqualTo(200);

        Api.Response reused = api.post("/v1/auth/refresh", null, Map.of("refreshToken", first.text("refreshToken")));
        assertThat(reused.status()).isEqualTo(401);
        assertThat(api.get(tenant.base, second.text("accessToken")).status()).isEqualTo(401);
        assertThat(api.post("/v1/auth/refresh", null, Map.of("refreshToken", second.text("refreshToken"))).status())
                .isEqualTo(401);
        assertThat(api.post("/v1/auth/refresh", null, Map.of("refreshToken", "nonsense")).status()).isEqualTo(401);
    }

    @Test
    void refusalsAreProblemsWithTheUsualHeaders_andTheSecurityFrameworksOwnEndpointsAreNotServed() {
        TenantFixture tenant = TenantFixture.signUp(api);
        TenantFixture other = TenantFixture.signUp(api);
        for (Api.Response refused : List.of(api.get(tenant.base + "/services", null),
                api.get(other.base + "/services", tenant.token), api.get("/v1/admin/tenants", tenant.token))) {
            assertThat(refused.status()).isIn(401, 403, 404);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.http().headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(refused.http().headers().firstValue("Cache-Control")).contains("no-store");
        }
        for (String path : List.of("/login", "/logout", "/oauth/access_token", "/keys")) {
            assertThat(api.post(path, null, Map.of()).status()).as(path).isEqualTo(404);
        }
        assertThat(api.get("/health", tenant.token).raw()).doesNotContain("jdbc", "postgres", "dynamodb");
    }

    @Test
    void afterLogoutTheAccessTokenIsRefused() {
        TenantFixture tenant = TenantFixture.signUp(api);
        Api.Response session = login(tenant, TenantFixture.PASSWORD);
        String token = session.text("accessToken");
        assertThat(api.get(tenant.base, token).status()).isEqualTo(200);

        assertThat(api.post("/v1/auth/logout", token, null).status()).isEqualTo(204);

        assertThat(api.get(tenant.base, token).status()).isEqualTo(401);
        assertThat(api.post("/v1/auth/refresh", null, Map.of("refreshToken", session.text("refreshToken"))).status())
                .isEqualTo(401);
        assertThat(api.get(tenant.base, tenant.token).status()).isEqualTo(200);
    }

    @Test
    void expiredUnsignedForgedAndForeignTokensAreRefused() throws JOSEException {
        TenantFixture tenant = TenantFixture.signUp(api);
        SignedJWT valid = parse(tenant.token);
        String userId = claim(valid, "sub");
        String sessionId = claim(valid, "sid");

        assertThat(api.get(tenant.base, sign(userId, sessionId, "cita-api", Instant.now().plusSeconds(300), SECRET))
                .status()).isEqualTo(200);
        assertThat(api.get(tenant.base, sign(userId, sessionId, "cita-api", Instant.now().minusSeconds(1), SECRET))
                .status()).isEqualTo(401);
        assertThat(api.get(tenant.base, sign(userId, sessionId, "another-api", Instant.now().plusSeconds(300), SECRET))
                .status()).isEqualTo(401);
        assertThat(api.get(tenant.base, sign(userId, sessionId, "cita-api", Instant.now().plusSeconds(300),
                "another-secret-another-secret-another-secret-0")).status()).isEqualTo(401);
        String payload = tenant.token.split("\\.")[1];
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes()) + "."
                + payload + ".";
        assertThat(api.get(tenant.base, none).status()).isEqualTo(401);
        assertThat(api.get(tenant.base, sign(userId, "ses_unknown", "cita-api", Instant.now().plusSeconds(300), SECRET))
                .status()).isEqualTo(401);
    }

    @Test
    void fiveFailuresLockTheEmailFromThatAddress_whetherTheEmailExistsOrNot() {
        TenantFixture tenant = TenantFixture.signUp(api);
        for (int i = 0; i < 5; i++) {
            assertThat(login(tenant, "wrong-password").status()).isEqualTo(401);
        }
        Api.Response locked = login(tenant, TenantFixture.PASSWORD);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.text("code")).isEqualTo("rate-limited");
        assertThat(locked.http().headers().firstValue("Retry-After")).contains("900");

        String nobody = "nobody-" + tenant.tenantId.toLowerCase() + "@example.com";
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/v1/auth/login", null, Map.of("email", nobody, "password", "x")).status()).isEqualTo(401);
        }
        Api.Response unknownLocked = api.post("/v1/auth/login", null, Map.of("email", nobody, "password", "x"));
        assertThat(unknownLocked.status()).isEqualTo(429);
        assertThat(unknownLocked.text("detail")).isEqualTo(locked.text("detail"));
    }

    @Test
    void tenFailuresFromAnywhereSlowTheAccountDown_butNotAtItsOwnersAddress() {
        TenantFixture tenant = TenantFixture.signUp(api);
        assertThat(login(tenant, TenantFixture.PASSWORD).status()).as("the owner, from its usual address")
                .isEqualTo(200);
        for (int i = 0; i < 10; i++) {
            Api.Response failed = api.from("198.51.100." + (150 + i)).post("/v1/auth/login", null, Map.of("email",
                    tenant.ownerEmail, "password", "guess-" + i));
            assertThat(failed.status()).as(failed.raw()).isEqualTo(401);
        }
        Api.Response slowed = api.from("198.51.100.170").post("/v1/auth/login", null, Map.of("email",
                tenant.ownerEmail, "password", TenantFixture.PASSWORD));
        assertThat(slowed.status()).as("even the right password, from an address the owner never used").isEqualTo(429);
        assertThat(Long.parseLong(slowed.http().headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 30L);

        assertThat(login(tenant, TenantFixture.PASSWORD).status()).as("the owner's own address is not slowed")
                .isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> Mailbox.to(tenant.ownerEmail).size() > 1);
        assertThat(Mailbox.to(tenant.ownerEmail)).as("the sign-up's confirmation, then the notice once").hasSize(2);
        assertThat(Mailbox.text(Mailbox.to(tenant.ownerEmail).get(1))).contains("10 failed attempts");
    }

    private static SignedJWT parse(String token) {
        try {
            return SignedJWT.parse(token);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String claim(SignedJWT jwt, String name) {
        try {
            return jwt.getJWTClaimsSet().getStringClaim(name);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(String userId, String sessionId, String audience, Instant expiry, String secret)
            throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder().subject(userId)
                .issuer("cita").audience(audience).claim("sid", sessionId).issueTime(new Date())
                .expirationTime(Date.from(expiry)).build());
        jwt.sign(new MACSigner(secret.getBytes()));
        return jwt.serialize();
    }
}
