package io.cita.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.f4b6a3.ulid.UlidCreator;
import io.cita.application.port.out.Tenants;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.tenant.TenantStatus;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * E-mail notifications end to end, on a real SMTP server (GreenMail): a booking's client gets its confirmation in
 * the business's language with an HTML-escaped body and an invitation ical4j parses back, and its cancellation with
 * METHOD:CANCEL for the same event at a higher SEQUENCE.
 */
@ParameterizedClass
@EnumSource(Store.class)
class EmailNotificationTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final Api api;
    private final Store store;

    EmailNotificationTest(Store store) {
        this.api = new Api(BootedService.baseUrl(store));
        this.store = store;
    }

    private static String part(MimeMessage message, String type) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().toLowerCase(Locale.ROOT).startsWith(type)) {
                return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + type + " part in " + message.getSubject());
    }

    private static VEvent event(Calendar calendar) {
        return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    }

    @Test
    void whenTheBusinessAsks_theStaffMemberBookedIsToldOfANewBookingAndOfItsCancellation() throws Exception {
        TenantFixture tenant = TenantFixture.signUp(api);
        Tenants tenants = BootedService.context(store).getBean(Tenants.class);
        tenants.update(tenants.find(tenant.tenantId).orElseThrow()
                .withSubscription(PlanCode.PROFESSIONAL, TenantStatus.ACTIVE), null);
        String serviceId = tenant.createService(Map.of());
        String staffId = tenant.createStaff(serviceId);
        String staffEmail = "staff-" + tenant.tenantId.toLowerCase(Locale.ROOT) + "@example.com";
        tenant.addMember(staffEmail, "STAFF", staffId, "member-pass-1"); // the invitation is its first e-mail
        Api.Response switchedOn = api.send("PATCH", tenant.base, tenant.token,
                Map.of("settings", Map.of("notifications.staff", "true")), Map.of());
        assertThat(switchedOn.status()).as(switchedOn.raw()).isEqualTo(200);
        assertThat(api.send("PATCH", tenant.base, tenant.token, Map.of("settings",
                Map.of("notifications.staff", "yes")), Map.of()).body().get("errors").get(0).get("field").asText())
                .isEqualTo("settings.notifications.staff");

        Api.Response booked = tenant.book(serviceId, TenantFixture.at(TenantFixture.daysAhead(5), 12, 0),
                "+34613" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000)));
        assertThat(booked.status()).as(booked.raw()).isEqualTo(201);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).until(() -> Mailbox.to(staffEmail).size() == 2);
        MimeMessage told = Mailbox.to(staffEmail).get(1);
        assertThat(told.getSubject()).startsWith("Nueva reserva: Haircut");
        assertThat(part(told, "text/html")).contains("Lucía reservó", booked.text("reference"));

        Api.Response moved = api.post(tenant.base + "/bookings/" + booked.text("id") + "/reschedule", tenant.token,
                Map.of("start", TenantFixture.at(TenantFixture.daysAhead(5), 13, 0)));
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).until(() -> Mailbox.to(staffEmail).size() == 3);
        assertThat(Mailbox.to(staffEmail).get(2).getSubject()).startsWith("Reserva cambiada: Haircut");

        api.post(tenant.base + "/bookings/" + booked.text("id") + "/cancel", tenant.token, Map.of());
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).until(() -> Mailbox.to(staffEmail).size() == 4);
        Calendar cancel = new CalendarBuilder().build(new StringReader(part(Mailbox.to(staffEmail).get(3),
                "text/calendar")));
        assertThat(cancel.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(event(cancel).getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo(booked.text("id") + "@cita");
    }

    @Test
    void theClientGetsAConfirmationWithAnInvitation_andItsCancellationCancelsTheSameEvent() throws Exception {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of());
        tenant.createStaff(serviceId);
        String address = "client-" + UlidCreator.getMonotonicUlid().toString().toLowerCase(Locale.ROOT)
                + "@example.com";
        Api.Response booked = api.post(tenant.base + "/bookings", tenant.token, Map.of("serviceId", serviceId,
                "start", TenantFixture.at(TenantFixture.daysAhead(6), 11, 0),
                "client", Map.of("firstName", "Ana & Bea", "email", address)));
        assertThat(booked.status()).as(booked.raw()).isEqualTo(201);

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).until(() -> Mailbox.to(address).size() == 1);
        MimeMessage confirmation = Mailbox.to(address).get(0);
        assertThat(confirmation.getSubject()).startsWith("Reserva confirmada: Haircut");
        assertThat(part(confirmation, "text/html")).contains("Hola Ana &amp; Bea:", booked.text("reference"));
        Calendar invitation = new CalendarBuilder().build(new StringReader(part(confirmation, "text/calendar")));
        assertThat(invitation.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        String uid = event(invitation).getProperty(Property.UID).orElseThrow().getValue();
        assertThat(uid).isEqualTo(booked.text("id") + "@cita");

        Api.Response cancelled = api.post(tenant.base + "/bookings/" + booked.text("id") + "/cancel", tenant.token,
                Map.of("reason", "client called"));
        assertThat(cancelled.status()).as(cancelled.raw()).isEqualTo(200);

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).until(() -> Mailbox.to(address).size() == 2);
        MimeMessage cancellation = Mailbox.to(address).get(1);
        assertThat(cancellation.getSubject()).startsWith("Reserva cancelada: Haircut");
        Calendar cancel = new CalendarBuilder().build(new StringReader(part(cancellation, "text/calendar")));
        assertThat(cancel.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(event(cancel).getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(uid);
        assertThat(Integer.parseInt(event(cancel).getProperty(Property.SEQUENCE).orElseThrow().getValue()))
                .isGreaterThan(Integer.parseInt(event(invitation).getProperty(Property.SEQUENCE).orElseThrow()
                        .getValue()));
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(api.get(tenant.base + "/deliveries?channel=EMAIL&status=SENT", tenant.token).body()
                        .get("items")).hasSize(2));
    }

    @Test
    void aTenantsOwnTemplateIsUsed_anUnknownVariableIsRefused_andAResetBringsTheDefaultBack() {
        TenantFixture tenant = TenantFixture.signUp(api);
        String serviceId = tenant.createService(Map.of());
        tenant.createStaff(serviceId);
        String templates = tenant.base + "/notification-templates";
        Api.Response unknown = api.send("PUT", templates + "/BOOKING_CONFIRMED/ES", tenant.token,
                Map.of("subject", "Hola", "body", "<p>{{service.price}}</p>"), Map.of());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.raw()).contains("\"field\":\"body\"", "service.price");

        Api.Response own = api.send("PUT", templates + "/BOOKING_CONFIRMED/ES", tenant.token, Map.of(
                "subject", "¡Te esperamos, {{client.firstName}}!", "body", "<p>{{service.name}}: {{reference}}</p>"),
                Map.of());
        assertThat(own.status()).as(own.raw()).isEqualTo(200);
        String address = "own-" + UlidCreator.getMonotonicUlid().toString().toLowerCase(Locale.ROOT) + "@example.com";
        Api.Response booked = api.post(tenant.base + "/bookings", tenant.token, Map.of("serviceId", serviceId,
                "start", TenantFixture.at(TenantFixture.daysAhead(6), 12, 0),
                "client", Map.of("firstName", "Lucía", "email", address)));
        assertThat(booked.status()).as(booked.raw()).isEqualTo(201);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300)).until(() -> Mailbox.to(address).size() == 1);
        assertThat(subject(Mailbox.to(address).get(0))).isEqualTo("¡Te esperamos, Lucía!");

        Api.Response reset = api.send("DELETE", templates + "/BOOKING_CONFIRMED/ES", tenant.token, null, Map.of());
        assertThat(reset.status()).as(reset.raw()).isEqualTo(200);
        assertThat(reset.body().get("custom").asBoolean()).isFalse();
        assertThat(api.get(templates, tenant.token).body()).hasSize(28)
                .allSatisfy(template -> assertThat(template.get("custom").asBoolean()).isFalse());
        assertThat(api.get(tenant.base + "/audit-log", tenant.token).raw())
                .contains("notification_template.saved", "notification_template.reset");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
