package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cita.adapters.webhook.PendingChatRetrier;
import io.cita.application.port.out.Conversations;
import io.cita.application.port.out.Holds;
import io.cita.application.port.out.UsageCounters;
import io.cita.domain.conversation.Conversation;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Booking by WhatsApp on the shared number, with signed webhooks and a fake Graph API recording the replies. */
@ParameterizedClass
@EnumSource(Store.class)
class WhatsAppTest {
    static final String APP_SECRET = "whatsapp-app-secret";
    static final String SHARED_NUMBER = "100200300";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Api api;
    private final ApplicationContext context;
    private final FakeGraphApi graph = FakeGraphApi.get();

    WhatsAppTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
        this.context = BootedService.context(store);
    }

    private static String newPhone() {
        return "3469" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    /** A business with one service and one staff member, its slug, in a language. */
    private record Business(TenantFixture tenant, String slug, String serviceId) {
    }

    private Business business(String locale) {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of("name", "Corte", "minNoticeMinutes", 0));
        tenant.createStaff(serviceId);
        api.send("PATCH", tenant.base, tenant.token, Map.of("locale", locale), Map.of());
        return new Business(tenant, api.get(tenant.base, tenant.token).text("slug"), serviceId);
    }

    private String payload(String phone, String messageId, Map<String, Object> message) {
        return WhatsAppInbound.payload(phone, messageId, message);
    }

    private Api.Response deliver(String body, String signatureSecret) {
        return WhatsAppInbound.deliver(api, body, signatureSecret);
    }

    private List<FakeGraphApi.Received> say(String phone, String text) {
        return exchange(phone, payload(phone, "wamid." + UUID.randomUUID(), Map.of("type", "text",
                "text", Map.of("body", text))));
    }

    private List<FakeGraphApi.Received> pick(String phone, String id, boolean list) {
        Map<String, Object> interactive = list
                ? Map.of("type", "list_reply", "list_reply", Map.of("id", id, "title", "x"))
                : Map.of("type", "button_reply", "button_reply", Map.of("id", id, "title", "x"));
        return exchange(phone, payload(phone, "wamid." + UUID.randomUUID(), Map.of("type", "interactive",
                "interactive", interactive)));
    }

    /** Delivers a message and returns the replies it caused. */
    private List<FakeGraphApi.Received> exchange(String phone, String body) {
        int before = graph.sentTo(phone).size();
        assertThat(deliver(body, APP_SECRET).status()).isEqualTo(200);
        List<FakeGraphApi.Received> all = graph.sentTo(phone);
        return all.subList(before, all.size());
    }

    private static String firstRowId(FakeGraphApi.Received reply) {
        return reply.body().path("interactive").path("action").path("sections").get(0).path("rows").get(0)
                .path("id").asText();
    }

    @Test
    void aFullBookingByChatEndsInAConfirmedWhatsAppBooking() {
        Business salon = business("es");
        String phone = newPhone();

        List<FakeGraphApi.Received> welcome = say(phone, salon.slug());
        assertThat(welcome).hasSize(1);
        assertThat(welcome.get(0).text()).startsWith("¡Hola!").contains("Salon");
        assertThat(welcome.get(0).body().path("interactive").path("action").path("buttons")).hasSize(3);
        assertThat(welcome.get(0).path()).isEqualTo("/v21.0/" + SHARED_NUMBER + "/messages");
        assertThat(welcome.get(0).authorization()).isEqualTo("Bearer graph-token");

        List<FakeGraphApi.Received> services = pick(phone, "book", false);
        assertThat(firstRowId(services.get(0))).isEqualTo(salon.serviceId());
        List<FakeGraphApi.Received> days = pick(phone, salon.serviceId(), true);
        assertThat(days.get(0).body().path("interactive").path("action").path("sections").get(0).path("rows").size())
                .isBetween(2, 10);
        List<FakeGraphApi.Received> times = say(phone, "2");
        String start = firstRowId(times.get(0));
        List<FakeGraphApi.Received> confirm = pick(phone, start, true);
        assertThat(confirm.get(0).text()).startsWith("¿Confirmás *Corte*");
        assertThat(tenantBookings(salon)).isEmpty();

        List<FakeGraphApi.Received> done = say(phone, "sí");
        assertThat(done.get(0).text()).startsWith("¡Listo!");
        var bookings = api.get(salon.tenant().base + "/bookings", salon.tenant().token).body().get("items");
        assertThat(bookings).hasSize(1);
        assertThat(bookings.get(0).get("channel").asText()).isEqualTo("WHATSAPP");
        assertThat(bookings.get(0).get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(done.get(0).text()).contains(bookings.get(0).get("reference").asText());
        assertThat(api.get(salon.tenant().base + "/clients/" + bookings.get(0).get("clientId").asText(),
                salon.tenant().token).text("phone")).isEqualTo("+" + phone);
        assertThat(api.get(salon.tenant().base + "/usage", salon.tenant().token).body().get("messages").asLong())
                .isGreaterThanOrEqualTo(12);
    }

    private com.fasterxml.jackson.databind.JsonNode tenantBookings(Business business) {
        return api.get(business.tenant().base + "/bookings", business.tenant().token).body().get("items");
    }

    @Test
    void onePhoneKeepsIndependentConversationsWithTwoBusinesses_inTheirLanguages() {
        Business spanish = business("es");
        Business english = business("en");
        String phone = newPhone();

        assertThat(say(phone, spanish.slug()).get(0).text()).startsWith("¡Hola!");
        assertThat(pick(phone, "book", false).get(0).text()).isEqualTo("¿Qué servicio querés reservar?");
        assertThat(say(phone, english.slug().toUpperCase()).get(0).text()).startsWith("Hi! Welcome");
        assertThat(say(phone, "menu").get(0).text()).startsWith("Hi! Welcome");
        assertThat(pick(phone, "book", false).get(0).text()).isEqualTo("Which service would you like to book?");
        assertThat(say(phone, "  " + spanish.slug() + " ").get(0).text()).startsWith("¡Hola!");
        assertThat(say(phone, "ayuda").get(0).text()).startsWith("Podés escribir");
    }

    @Test
    void withoutSlugOrSession_theBotAsksWhichBusiness_andFindsItByAnApproximateName() {
        Business salon = business("es");
        String phone = newPhone();
        // every test business is "Salon <ULID>", so a name of its own makes the one meant findable among them
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        String name = "Estudio " + word;
        api.send("PATCH", salon.tenant().base, salon.tenant().token, Map.of("name", name), Map.of());

        List<FakeGraphApi.Received> which = say(phone, "hola, quiero un turno");
        assertThat(which.get(0).text()).contains("¿Con qué negocio querés continuar?").contains("Which business");
        int at = name.length() - 3;
        String typo = name.substring(0, at) + (name.charAt(at) == 'x' ? 'y' : 'x') + name.substring(at + 1);
        assertThat(say(phone, typo).get(0).text()).startsWith("¡Hola!").contains(name);
    }

    @Test
    void unknownDatesAndNonsenseAreAnsweredHelpfully() {
        Business salon = business("es");
        String phone = newPhone();
        say(phone, salon.slug());
        assertThat(say(phone, "qwerty").get(0).text()).startsWith("¡Hola!");
        pick(phone, "book", false);
        say(phone, "1");
        assertThat(say(phone, "el día del arquero").get(0).text()).startsWith("No entendí la fecha");
        say(phone, "menu");
        pick(phone, "book", false);
        assertThat(say(phone, "masajes").get(0).text()).startsWith("No te entendí");
        assertThat(say(phone, "quiero unos cortes").get(0).text()).as("the service named, plural and all")
                .startsWith("¿Qué día te queda bien?");
        assertThat(say(phone, "31/02").get(0).text()).startsWith("No entendí la fecha");
        assertThat(say(phone, "2020-01-01").get(0).text()).startsWith("Esa fecha ya pasó");
        assertThat(say(phone, "pasado mañana").get(0).text()).startsWith("Horarios libres");
        assertThat(say(phone, "25:99").get(0).text()).startsWith("Ese horario no está libre");
        assertThat(say(phone, "cancelar").get(0).text()).startsWith("Listo, cancelado");
    }

    @Test
    void whenSomeoneElseTakesTheSlotWhileConfirming_theCustomerIsOfferedOtherTimes() {
        Business salon = business("es");
        String phone = newPhone();
        say(phone, salon.slug());
        pick(phone, "book", false);
        pick(phone, salon.serviceId(), true);
        // the second day offered: today may have only the one slot left in the evening
        String start = firstRowId(say(phone, "2").get(0));
        pick(phone, start, true);
        Conversation conversation = context.getBean(Conversations.class).find(salon.tenant().tenantId, phone).orElseThrow();
        assertThat(conversation.holdId()).isNotNull();
        context.getBean(Holds.class).release(salon.tenant().tenantId, conversation.holdId(), null);
        assertThat(salon.tenant().book(salon.serviceId(), start, "+34611112222").status()).isEqualTo(201);

        List<FakeGraphApi.Received> answer = say(phone, "si");
        assertThat(answer.get(0).text()).startsWith("Uy, alguien acaba de tomar ese horario");
        assertThat(answer.get(1).text()).startsWith("Horarios libres");
        assertThat(firstRowId(answer.get(1))).isNotEqualTo(start);
        assertThat(tenantBookings(salon)).hasSize(1);
    }

    @Test
    void aRedeliveredMessageIsAnsweredOnce_andABadSignatureStoresNothing() {
        Business salon = business("es");
        String phone = newPhone();
        String body = payload(phone, "wamid.fixed-" + UUID.randomUUID(), Map.of("type", "text",
                "text", Map.of("body", salon.slug())));
        assertThat(deliver(body, APP_SECRET).status()).isEqualTo(200);
        assertThat(deliver(body, APP_SECRET).status()).isEqualTo(200);
        assertThat(graph.sentTo(phone)).hasSize(1);

        String stranger = newPhone();
        String forged = payload(stranger, "wamid." + UUID.randomUUID(), Map.of("type", "text",
                "text", Map.of("body", salon.slug())));
        assertThat(deliver(forged, "not-the-secret").status()).isEqualTo(401);
        assertThat(api.send("POST", "/webhooks/whatsapp", null, forged, Map.of("Content-Type", "application/json"))
                .status()).isEqualTo(401);
        assertThat(graph.sentTo(stranger)).isEmpty();
        assertThat(context.getBean(Conversations.class).find(salon.tenant().tenantId, stranger)).isEmpty();
    }

    @Test
    void theGraphApiFailingTwiceIsRetried() {
        Business salon = business("en");
        String phone = newPhone();
        graph.failNext(phone, 2, 503);
        assertThat(say(phone, salon.slug()).get(0).text()).startsWith("Hi! Welcome");
    }

    @Test
    void aMessageWhoseAnswerFailedIsAnsweredByTheRetrier_once() {
        Business salon = business("en");
        String phone = newPhone();
        graph.failNext(phone, 4, 500);
        assertThat(say(phone, salon.slug())).isEmpty();

        PendingChatRetrier retrier = context.getBean(PendingChatRetrier.class);
        retrier.retryPending();
        retrier.retryPending();
        assertThat(graph.sentTo(phone)).hasSize(1);
        assertThat(graph.sentTo(phone).get(0).text()).startsWith("Hi! Welcome");
    }

    @Test
    void withItsMessageCreditsSpent_theBotAsksToContactTheBusiness() {
        Business salon = business("es");
        String phone = newPhone();
        context.getBean(UsageCounters.class).addMessages(salon.tenant().tenantId,
                YearMonth.now(ZoneId.of("Europe/Madrid")), 49);

        List<FakeGraphApi.Received> reply = say(phone, salon.slug());
        assertThat(reply.get(0).text()).startsWith("Por ahora no podemos atenderte").contains("Salon");
        assertThat(api.get(salon.tenant().base + "/usage", salon.tenant().token).text("messages")).isEqualTo("51");
    }

    @Test
    void aStopInTheChatEndsTheNoticesOfTheBusinessThatSentThem() {
        Business salon = business("es");
        String phone = newPhone();
        Api.Response booked = salon.tenant().book(salon.serviceId(),
                TenantFixture.at(TenantFixture.daysAhead(6), 11, 0), "+" + phone);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> graph.templatesTo(phone).size() == 1);

        List<FakeGraphApi.Received> reply = say(phone, "Baja");
        assertThat(reply).hasSize(1);
        assertThat(reply.get(0).text()).isEqualTo("Listo: " + api.get(salon.tenant().base, salon.tenant().token)
                .text("name") + " no te va a enviar más avisos por WhatsApp.");
        assertThat(api.get(salon.tenant().base + "/clients/" + booked.text("clientId"), salon.tenant().token).body()
                .path("contactPreferences").path("optedOut").toString()).isEqualTo("[\"WHATSAPP\"]");
        assertThat(api.get(salon.tenant().base + "/audit-log", salon.tenant().token).raw())
                .contains("client.opted_out");
    }

    @Test
    void myBookingsListsAndCancelsTheCustomersUpcomingBookings() {
        Business salon = business("en");
        String phone = newPhone();
        String start = TenantFixture.at(TenantFixture.daysAhead(8), 11, 0);
        assertThat(salon.tenant().book(salon.serviceId(), start, "+" + phone).status()).isEqualTo(201);
        say(phone, salon.slug());

        List<FakeGraphApi.Received> mine = say(phone, "my bookings");
        assertThat(mine.get(0).text()).startsWith("Your upcoming bookings");
        assertThat(say(phone, "1").get(0).text()).startsWith("Your booking").endsWith("is cancelled.");
        assertThat(tenantBookings(salon).get(0).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(say(phone, "my bookings").get(0).text()).startsWith("You have no upcoming bookings");
    }

    @Test
    void longListsArePagedWithMore() {
        Business salon = business("en");
        String phone = newPhone();
        say(phone, salon.slug());
        pick(phone, "book", false);
        var rows = pick(phone, salon.serviceId(), true).get(0).body().path("interactive").path("action")
                .path("sections").get(0).path("rows");
        assertThat(rows).hasSize(10);
        assertThat(rows.get(9).path("id").asText()).isEqualTo("more");
        assertThat(rows.get(0).path("title").asText().length()).isLessThanOrEqualTo(24);
        var next = pick(phone, "more", true).get(0).body().path("interactive").path("action").path("sections").get(0)
                .path("rows");
        assertThat(next.get(0).path("title").asText()).startsWith("1. ");
        assertThat(next.get(0).path("id").asText()).isNotEqualTo(rows.get(0).path("id").asText());
    }

    @Test
    void aBatchOfMessagesAndStatusesIsHandledEntirely_andADedicatedNumberRoutesToItsBusiness() {
        Business salon = business("es");
        Business own = business("en");
        api.send("PATCH", own.tenant().base, own.tenant().token, Map.of("settings",
                Map.of("whatsapp.phoneNumberId", "777888999")), Map.of());
        String first = newPhone();
        String second = newPhone();
        Map<String, Object> sharedValue = Map.of("messaging_product", "whatsapp",
                "metadata", Map.of("phone_number_id", SHARED_NUMBER),
                "messages", List.of(Map.of("from", first, "id", "wamid." + UUID.randomUUID(), "type", "text",
                        "text", Map.of("body", salon.slug())), Map.of("from", second, "id", "wamid." + UUID.randomUUID(),
                        "type", "text", "text", Map.of("body", salon.slug()))),
                "statuses", List.of(Map.of("id", "wamid.out", "status", "delivered", "recipient_id", first)));
        Map<String, Object> dedicatedValue = Map.of("messaging_product", "whatsapp",
                "metadata", Map.of("phone_number_id", "777888999"),
                "messages", List.of(Map.of("from", first, "id", "wamid." + UUID.randomUUID(), "type", "text",
                        "text", Map.of("body", "hello"))));
        String body;
        try {
            body = JSON.writeValueAsString(Map.of("object", "whatsapp_business_account", "entry", List.of(
                    Map.of("id", "a", "changes", List.of(Map.of("field", "messages", "value", sharedValue))),
                    Map.of("id", "b", "changes", List.of(Map.of("field", "messages", "value", dedicatedValue))))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        assertThat(deliver(body, APP_SECRET).status()).isEqualTo(200);

        assertThat(graph.sentTo(second)).hasSize(1);
        List<FakeGraphApi.Received> toFirst = graph.sentTo(first);
        assertThat(toFirst).hasSize(2);
        assertThat(toFirst.get(0).text()).startsWith("¡Hola!");
        assertThat(toFirst.get(1).text()).startsWith("Hi! Welcome");
        assertThat(toFirst.get(1).path()).isEqualTo("/v21.0/777888999/messages");
    }

    @Test
    void theHandshakeAndTheShortlinkWork() {
        Business salon = business("es");
        Api.Response handshake = api.send("GET", "/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=verify-me"
                + "&hub.challenge=1158201444", null, null, Map.of());
        assertThat(handshake.status()).isEqualTo(200);
        assertThat(handshake.raw()).isEqualTo("1158201444");
        assertThat(api.send("GET", "/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1",
                null, null, Map.of()).status()).isEqualTo(403);

        Api.Response shortlink = api.send("GET", "/go/" + salon.slug(), null, null, Map.of());
        assertThat(shortlink.status()).isEqualTo(301);
        assertThat(shortlink.http().headers().firstValue("Location"))
                .contains("https://wa.me/34600000000?text=" + salon.slug());
        assertThat(api.send("GET", "/go/no-such-business", null, null, Map.of()).status()).isEqualTo(404);
    }
}
