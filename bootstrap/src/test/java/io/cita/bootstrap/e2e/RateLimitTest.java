package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A tenant's plan quota of requests a minute, with the RateLimit headers and a 429 when it is used up. */
@ParameterizedClass
@EnumSource(Store.class)
class RateLimitTest {
    private final Api api;

    RateLimitTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
    }

    @Test
    void theFreePlansHundredRequestsAMinuteAreCountedAndThenRefused() {
        TenantFixture tenant = TenantFixture.signUp(api);
        Api.Response first = api.get(tenant.base, tenant.token);
        assertThat(first.http().headers().firstValue("RateLimit-Policy")).contains("\"tenant\";q=100;w=60");
        assertThat(first.http().headers().firstValue("RateLimit").orElse("")).startsWith("\"tenant\";r=99;t=");
        Api.Response last = first;
        for (int i = 1; i < 100; i++) {
            last = api.get(tenant.base, tenant.token);
        }
        assertThat(last.status()).isEqualTo(200);
        assertThat(last.http().headers().firstValue("RateLimit").orElse("")).startsWith("\"tenant\";r=0;");

        Api.Response refused = api.get(tenant.base, tenant.token);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.text("code")).isEqualTo("rate-limited");
        assertThat(refused.http().headers().firstValue("Retry-After")).isPresent();
        assertThat(api.get(TenantFixture.signUp(api).base, null).status()).isEqualTo(401);
    }
}
