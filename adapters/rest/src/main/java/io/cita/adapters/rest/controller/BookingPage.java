package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.BookingJson;
import io.cita.adapters.rest.dto.CategoryJson;
import io.cita.adapters.rest.dto.PublicJson;
import io.cita.adapters.rest.dto.ServiceJson;
import io.cita.domain.shared.Money;
import io.cita.domain.tenant.Language;
import io.micronaut.http.MediaType;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The booking page's HTML: the template with its script and style, and the business, its services, categories and
 * the first service's free times inlined as JSON, so that the page shows free times without another round trip; and
 * its Content-Security-Policy, which allows exactly that script and style (by their hashes) and whose
 * frame-ancestors are the origins that may frame the page.
 */
final class BookingPage {
    static final String TEMPLATE = ClasspathText.read("book/book.html");
    /** The page's script: sentences, the .ics maker, the page, its form, "my booking" and the chat, in that order. */
    static final String SCRIPT = String.join("\n", ClasspathText.read("book/book-texts.js"),
            ClasspathText.read("book/book-ics.js"), ClasspathText.read("book/book.js"),
            ClasspathText.read("book/book-form.js"), ClasspathText.read("book/book-manage.js"),
            ClasspathText.read("book/book-chat.js"));
    static final String STYLE = ClasspathText.read("book/book.css");
    static final String WIDGET = ClasspathText.read("book/widget.js");
    /** HTML in UTF-8, said in the header so that the browser need not look for the meta tag. */
    static final MediaType HTML = MediaType.of("text/html;charset=utf-8");
    static final String NOT_FOUND = "<!doctype html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>Cita</title>"
            + "</head><body><h1>No encontramos este negocio · No such business</h1></body></html>";
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private static final String SCRIPT_HASH = hash(SCRIPT);
    private static final String STYLE_HASH = hash(STYLE);

    private BookingPage() {
    }

    /** The page of {@code business} in {@code language} (es or en); {@code embedded} inside the widget's frame. */
    static String render(JsonMapper json, PublicJson.Business business, List<ServiceJson.Response> services,
                         List<CategoryJson.Response> categories, BookingJson.Availability firstTimes,
                         String language, boolean embedded) {
        Map<String, Object> boot = new LinkedHashMap<>();
        boot.put("slug", business.slug());
        boot.put("name", business.name());
        boot.put("timezone", business.timezone());
        boot.put("currency", business.currency());
        boot.put("language", language);
        boot.put("color", business.widget().primaryColor());
        boot.put("embed", embedded);
        boot.put("services", services);
        boot.put("prices", prices(services));
        boot.put("categories", categories);
        boot.put("availability", firstTimes == null ? null : starts(firstTimes));
        String data;
        try {
            data = json.writeValueAsString(boot).replace("<", "\\u003c");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = Map.of("lang", language, "otherLang", "es".equals(language) ? "en" : "es",
                "name", escape(business.name()), "embedClass", embedded ? "embedded" : "", "style", STYLE,
                "script", SCRIPT, "boot", data);
        return PLACEHOLDER.matcher(TEMPLATE).replaceAll(found -> Matcher.quoteReplacement(values.get(found.group(1))));
    }

    /** Of the first free times, only their starts: all the page reads of them, a third of their size. */
    private static Map<String, Object> starts(BookingJson.Availability firstTimes) {
        Map<String, Object> starts = new LinkedHashMap<>();
        starts.put("serviceId", firstTimes.serviceId());
        starts.put("slots", firstTimes.slots().stream().map(slot -> Map.of("start", slot.start())).toList());
        return starts;
    }

    /** Each priced service's price as each of the page's languages writes it, so the page needs no Intl for it. */
    private static Map<String, Map<String, String>> prices(List<ServiceJson.Response> services) {
        Map<String, Map<String, String>> prices = new LinkedHashMap<>();
        services.stream().filter(service -> service.price() != null && service.price().amount() != null)
                .forEach(service -> {
                    Money price = new Money(service.price().amount(), service.price().currency());
                    Map<String, String> written = new LinkedHashMap<>();
                    for (Language language : Language.values()) {
                        written.put(language.name().toLowerCase(Locale.ROOT), price.format(language.locale()));
                    }
                    prices.put(service.id(), written);
                });
        return prices;
    }

    /**
     * The page's policy: its own scripts, styles and API only; framed by itself and {@code framers} (the origins a
     * publishable key allows), or by no one else.
     */
    static String policy(List<String> framers) {
        StringBuilder ancestors = new StringBuilder("'self'");
        framers.stream().filter(origin -> ORIGIN.matcher(origin).matches())
                .forEach(origin -> ancestors.append(' ').append(origin));
        return "default-src 'self'; script-src '" + SCRIPT_HASH + "'; style-src '" + STYLE_HASH + "'; "
                + "img-src 'self' data:; connect-src 'self'; "
                + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors " + ancestors;
    }

    private static String hash(String inline) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(inline.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
