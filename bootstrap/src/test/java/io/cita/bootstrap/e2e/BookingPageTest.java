package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The booking page over HTTP (issue 14), on both stores: the business and its services inlined, escaped; framing only
 * by the origins the page's key allows; the same 404 for an unknown business, a closed one and a bad key; the page's
 * own calls need no key, any other call without one is refused; the widget's script is served to any site.
 */
@ParameterizedClass
@EnumSource(Store.class)
class BookingPageTest {
    private static final String SITE = "https://salon.example";
    private final Api api;

    BookingPageTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
    }

    @Test
    void thePage_inlinesTheBusiness_andMayBeFramedOnlyWhereItsKeyAllows() {
        TenantFixture tenant = TenantFixture.signUp(api);
        assertThat(api.send("PATCH", tenant.base, tenant.token, Map.of("name", "Ana's <Salon>", "settings",
                Map.of("widget.primaryColor", "#AA3366", "widget.language", "en")), Map.of()).status()).isEqualTo(200);
        String service = tenant.createService(Map.of("name", "Corte </script><script>alert(1)</script>"));
        String slug = api.get(tenant.base, tenant.token).text("slug");
        String key = api.post(tenant.base + "/api-keys", tenant.token, Map.of("kind", "PUBLISHABLE", "name", "site",
                "allowedOrigins", List.of(SITE))).text("key");

        Api.Response page = api.send("GET", "/book/" + slug, null, null, Map.of());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.raw()).contains("<html lang=\"en\"", "<title>Ana's &lt;Salon&gt;</title>",
                "\"color\":\"#AA3366\"", "\\u003c/script>").doesNotContain("</script><script>alert");
        String policy = page.http().headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("frame-ancestors 'self'").doesNotContain(SITE, "unsafe-inline");
        assertThat(page.http().headers().firstValue("X-Frame-Options")).isEmpty();

        Api.Response framed = api.send("GET", "/book?key=" + key + "&lang=es", null, null, Map.of());
        assertThat(framed.status()).isEqualTo(200);
        assertThat(framed.raw()).contains("<html lang=\"es\"", "class=\"embedded\"");
        assertThat(framed.http().headers().firstValue("Content-Security-Policy").orElseThrow())
                .endsWith("frame-ancestors 'self' " + SITE);
        assertThat(api.send("GET", "/book/" + slug + "?key=" + key, null, null, Map.of()).http().headers()
                .firstValue("Content-Security-Policy").orElseThrow()).endsWith("frame-ancestors 'self' " + SITE);

        Api.Response unknown = api.send("GET", "/book/no-such-business", null, null, Map.of());
        assertThat(unknown.status()).isEqualTo(404);
        Api.Response badKey = api.send("GET", "/book?key=pk_live_nothing", null, null, Map.of());
        assertThat(badKey.status()).isEqualTo(404);
        assertThat(badKey.raw()).isEqualTo(unknown.raw());
        assertThat(api.send("GET", "/book", null, null, Map.of()).status()).isEqualTo(404);

        Api.Response widget = api.send("GET", "/widget.js", null, null, Map.of());
        assertThat(widget.status()).isEqualTo(200);
        assertThat(widget.contentType()).startsWith("text/javascript");
        assertThat(widget.raw()).contains("frame-ancestors", "cita:height");
        assertThat(page.raw()).contains("/v1/public/", "\"availability\":{\"serviceId\"");
        // the price as each language writes it (2,500 cents), so that the page needs no Intl for it
        assertThat(page.raw()).contains("\"prices\":{\"" + service + "\":{", "\"es\":\"25,00\u00a0€\"",
                "\"en\":\"€25.00\"");
        assertThat(policy).containsPattern("script-src 'sha256-[A-Za-z0-9+/=]{44}'; style-src 'sha256-");
    }

    @Test
    void thePagesOwnCalls_needNoKey_andOthersStillDo() {
        TenantFixture tenant = TenantFixture.signUp(api);
        tenant.createService(Map.of());
        String slug = api.get(tenant.base, tenant.token).text("slug");
        String services = "/v1/public/" + slug + "/services";
        assertThat(api.send("GET", services, null, null, Map.of()).status()).isEqualTo(401);
        assertThat(api.send("GET", services, null, null, Map.of("Sec-Fetch-Site", "cross-site")).status())
                .isEqualTo(401);
        Api.Response own = api.send("GET", services, null, null, Map.of("Sec-Fetch-Site", "same-origin"));
        assertThat(own.status()).as(own.raw()).isEqualTo(200);
        assertThat(own.body().get(0).get("name").asText()).isEqualTo("Haircut");
        assertThat(own.http().headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
