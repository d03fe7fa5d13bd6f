package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The web chat over HTTP (issue 14), on both stores: the WhatsApp booking conversation, answered in the response; a
 * visitor picks the options offered from the welcome to the confirmation, and the booking is theirs, made on the
 * WIDGET channel; it speaks the page's language; an unknown conversation starts again; a bad phone or language is a
 * 400 naming it; a site without a key or the page's own origin gets nothing.
 */
@ParameterizedClass
@EnumSource(Store.class)
class WebChatTest {
    private static final Pattern REFERENCE = Pattern.compile("\\*([A-Z0-9]{6,12})\\*");
    private final Api api;

    WebChatTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
    }

    private Api.Response say(String slug, String conversationId, String text, String replyId, String phone) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Lucía", "phone", phone));
        if (conversationId != null) {
            body.put("conversationId", conversationId);
        }
        if (text != null) {
            body.put("text", text);
        }
        if (replyId != null) {
            body.put("replyId", replyId);
        }
        return api.send("POST", "/v1/public/" + slug + "/chat", null, body, Map.of("Sec-Fetch-Site", "same-origin"));
    }

    @Test
    void aVisitorBooksByPickingTheOptions_fromTheWelcomeToTheConfirmation() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of());
        tenant.createStaff(serviceId);
        String slug = api.get(tenant.base, tenant.token).text("slug");
        String phone = "+3466" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));

        Api.Response welcome = say(slug, null, "hola", null, phone);
        assertThat(welcome.status()).as(welcome.raw()).isEqualTo(200);
        assertThat(welcome.body().get("replies").get(0).get("text").asText()).contains("Salon");
        String conversation = welcome.text("conversationId");
        JsonNode last = welcome.body().get("replies");
        String reference = null;
        for (int step = 0; step < 8 && reference == null; step++) {
            JsonNode options = last.get(last.size() - 1).get("options");
            assertThat(options.size()).as(last.toString()).isPositive();
            Api.Response answer = say(slug, conversation, null, options.get(0).get("id").asText(), phone);
            assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
            assertThat(answer.text("conversationId")).isEqualTo(conversation);
            last = answer.body().get("replies");
            Matcher booked = REFERENCE.matcher(last.toString());
            reference = booked.find() ? booked.group(1) : null;
        }
        assertThat(reference).as("booked by web chat: " + last).isNotNull();
        JsonNode booking = api.get(tenant.base + "/bookings?limit=10", tenant.token).body().get("items").get(0);
        assertThat(booking.get("reference").asText()).isEqualTo(reference);
        assertThat(booking.get("channel").asText()).isEqualTo("WIDGET");
        JsonNode client = api.get(tenant.base + "/clients/" + booking.get("clientId").asText(), tenant.token).body();
        assertThat(client.get("phone").asText()).isEqualTo(phone);
        assertThat(client.get("firstName").asText()).isEqualTo("Lucía");

        Api.Response again = say(slug, "not-a-conversation", "hola", null, phone);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("conversationId")).isNotEqualTo(conversation);
        assertThat(again.body().get("replies").get(0).get("options")).hasSize(3);
    }

    @Test
    void theChatSpeaksTheLanguageTheVisitorReadsThePageIn_theWidgetsByDefault() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String slug = api.get(tenant.base, tenant.token).text("slug");
        String phone = "+3466" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        Map<String, Object> body = new HashMap<>(Map.of("name", "Lucía", "phone", phone, "text", "hello",
                "language", "en"));
        Api.Response english = api.send("POST", "/v1/public/" + slug + "/chat", null, body,
                Map.of("Sec-Fetch-Site", "same-origin"));
        assertThat(english.status()).as(english.raw()).isEqualTo(200);
        JsonNode welcome = english.body().get("replies").get(0);
        assertThat(welcome.get("text").asText()).startsWith("Hi! Welcome to");
        assertThat(welcome.get("options").get(0).get("title").asText()).isEqualTo("Book");

        assertThat(api.send("PATCH", tenant.base, tenant.token, Map.of("settings", Map.of("widget.language", "en")),
                Map.of()).status()).isEqualTo(200);
        assertThat(say(slug, null, "hola", null, phone).body().get("replies").get(0).get("text").asText())
                .as("the widget's language when the page does not say").startsWith("Hi! Welcome to");

        body.put("language", "fr");
        Api.Response french = api.send("POST", "/v1/public/" + slug + "/chat", null, body,
                Map.of("Sec-Fetch-Site", "same-origin"));
        assertThat(french.status()).isEqualTo(400);
        assertThat(french.body().get("errors").get(0).get("field").asText()).isEqualTo("language");
    }

    @Test
    void badInput_isA400NamingTheField_andAStrangerWithoutAKeyGetsNothing() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String slug = api.get(tenant.base, tenant.token).text("slug");
        Api.Response badPhone = say(slug, null, "hola", null, "600 12");
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.body().get("errors").get(0).get("field").asText()).isEqualTo("phone");
        Api.Response noName = api.send("POST", "/v1/public/" + slug + "/chat", null, Map.of("phone", "+34600111222",
                "text", "hola"), Map.of("Sec-Fetch-Site", "same-origin"));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body().get("errors").get(0).get("field").asText()).isEqualTo("name");
        Api.Response tooLong = say(slug, null, "x".repeat(1001), null, "+34600111222");
        assertThat(tooLong.body().get("errors").get(0).get("field").asText()).isEqualTo("text");
        assertThat(api.send("POST", "/v1/public/" + slug + "/chat", null, Map.of("name", "A", "phone",
                "+34600111222"), Map.of()).status()).isEqualTo(401);
        assertThat(api.send("POST", "/v1/public/" + slug + "/chat", null, List.of(), Map.of("Sec-Fetch-Site",
                "same-origin")).status()).isEqualTo(400);
    }
}
