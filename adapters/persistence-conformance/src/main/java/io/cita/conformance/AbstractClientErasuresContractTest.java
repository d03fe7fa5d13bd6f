package io.cita.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.port.out.ClientErasures;
import io.cita.application.port.out.Deliveries;
import io.cita.application.port.out.FeedbackRequests;
import io.cita.application.port.out.MessageRecipients;
import io.cita.application.port.out.NewBooking;
import io.cita.application.port.query.AuditEntry;
import io.cita.application.port.query.PageRequest;
import io.cita.application.port.query.StoredEvent;
import io.cita.domain.booking.Booking;
import io.cita.domain.catalog.Service;
import io.cita.domain.client.Client;
import io.cita.domain.client.Erasure;
import io.cita.domain.conversation.Conversation;
import io.cita.domain.conversation.ConversationState;
import io.cita.domain.delivery.Delivery;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.delivery.DeliveryStatus;
import io.cita.domain.delivery.EventType;
import io.cita.domain.feedback.FeedbackIds;
import io.cita.domain.feedback.FeedbackRequest;
import io.cita.domain.plan.Limit;
import io.cita.domain.resource.Resource;
import io.cita.domain.resource.ResourceType;
import io.cita.domain.shared.EmailAddress;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.shared.PhoneNumber;
import io.cita.domain.tenant.Tenant;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Contract of a client's erasure: their names, phones and e-mail, as they are and as the audit log recorded them
 * before, leave the client, their bookings' notes, deliveries, the pointer to who last wrote to them, their
 * conversation, their feedback, the inbound messages still held, the idempotent replies and the audit values; another
 * client of the business keeps everything; the phone and e-mail are free again; erasing again changes nothing.
 */
public abstract class AbstractClientErasuresContractTest extends PersistenceContract {
    protected abstract ClientErasures erasures();

    protected abstract Deliveries deliveries();

    protected abstract MessageRecipients recipients();

    protected abstract FeedbackRequests feedback();

    @Test
    void everyTraceOfTheClient_isErased_andAnotherClientKeepsTheirs() {
        Tenant tenant = newTenant();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String phone = uniquePhone();
        String formerPhone = uniquePhone();
        Client before = new Client(id(IdPrefix.CLIENT), tenant.id(), "Lucía" + unique, "Pérez",
                new EmailAddress("lucia." + unique + "@example.com"), new PhoneNumber(formerPhone), true);
        stores().clients().create(before, audit(tenant.id(), "client.created", before.id(), null, before));
        Client lucia = new Client(before.id(), tenant.id(), before.firstName(), "Pérez-Ruiz", before.email(),
                new PhoneNumber(phone), true);
        stores().clients().update(lucia, audit(tenant.id(), "client.updated", lucia.id(), before, lucia));
        Client ana = newClient(tenant);
        stores().clients().update(ana, audit(tenant.id(), "client.updated", ana.id(), ana, ana));
        assertThat(stores().auditLog().clientAsRecorded(tenant.id(), lucia.id())).as("as recorded, oldest first")
                .extracting(Client::lastName).containsExactly("Pérez", "Pérez", "Pérez-Ruiz");

        Service service = newService(tenant, 1, 0, 0);
        Resource resource = newResource(tenant, ResourceType.STAFF, Set.of(service.id()));
        Booking booking = confirmedBooking(tenant, service, resource, lucia, NOW.plus(Duration.ofDays(3)), 1);
        Booking anasBooking = confirmedBooking(tenant, service, resource, ana, NOW.plus(Duration.ofDays(4)), 1);
        for (Booking each : List.of(booking, anasBooking)) {
            stores().bookings().create(new NewBooking(each, null, 1, Limit.unlimited(), YearMonth.now(MADRID), NOW,
                    MADRID, null));
        }
        Delivery sent = Delivery.queued(id(IdPrefix.DELIVERY), tenant.id(), "evt_1", DeliveryChannel.SMS, phone,
                EventType.BOOKING_CREATED, "Hola " + lucia.firstName() + ", reservado", NOW);
        Delivery waiting = Delivery.dueAt(id(IdPrefix.DELIVERY), tenant.id(), "evt_1", DeliveryChannel.EMAIL,
                lucia.email().value(), EventType.BOOKING_CREATED, "Subject: hola", NOW.plusSeconds(3600), NOW);
        Delivery toAna = Delivery.queued(id(IdPrefix.DELIVERY), tenant.id(), "evt_2", DeliveryChannel.SMS,
                ana.phone().value(), EventType.BOOKING_CREATED, "Hola Ana, call " + lucia.firstName() + " on " + phone,
                NOW);
        deliveries().enqueue(List.of(sent, waiting, toAna));
        recipients().remember(DeliveryChannel.SMS, phone, tenant.id(), NOW);
        recipients().remember(DeliveryChannel.WHATSAPP, formerPhone, tenant.id(), NOW);
        FeedbackRequest asked = FeedbackRequest.asked(FeedbackIds.of(tenant.id(), booking.id(), NOW), tenant.id(),
                booking.id(), lucia.id(), resource.id(), phone, DeliveryChannel.SMS, NOW);
        assertThat(feedback().open(asked, NOW.minus(FeedbackRequest.ONCE_IN))).isTrue();
        stores().conversations().save(new Conversation(id(IdPrefix.CONVERSATION), tenant.id(), phone.substring(1),
                ConversationState.CHOOSING_DATE, service.id(), LocalDate.of(2030, 3, 4), null, null, List.of(), 0,
                NOW, NOW.plus(Duration.ofHours(24))));
        String held = "wamid." + unique;
        stores().inboundEvents().record(held, "whatsapp", "{\"from\":\"" + phone.substring(1) + "\"}", NOW);
        String key = "erase-" + unique;
        stores().idempotencyKeys().claim(tenant.id(), key, "f", NOW, NOW.plus(Duration.ofDays(1)));
        String reply = "{\"clientId\":\"" + lucia.id() + "\",\"notes\":\"call " + lucia.firstName() + " on " + phone
                + "\"}";
        stores().idempotencyKeys().complete(tenant.id(), key, 201, reply);

        Erasure erasure = new Erasure(lucia, stores().auditLog().clientAsRecorded(tenant.id(), lucia.id()), NOW);
        erasures().erase(erasure, audit(tenant.id(), "client.erased", lucia.id(), null, "erased"));
        erasures().erase(erasure, null);

        Client erased = stores().clients().find(tenant.id(), lucia.id()).orElseThrow();
        assertThat(erased).isEqualTo(erasure.erased());
        assertThat(stores().clients().idByPhone(tenant.id(), phone)).isEmpty();
        assertThat(stores().clients().idByEmail(tenant.id(), lucia.email().value())).isEmpty();
        assertThat(stores().bookings().find(tenant.id(), booking.id()).orElseThrow().notes()).isNull();
        assertThat(stores().bookings().find(tenant.id(), anasBooking.id()).orElseThrow().notes())
                .isEqualTo("window seat");
        Delivery sentNow = deliveries().find(tenant.id(), sent.id()).orElseThrow();
        assertThat(sentNow.recipient()).isEqualTo(Client.ERASED);
        assertThat(sentNow.payload()).isEmpty();
        Delivery waitingNow = deliveries().find(tenant.id(), waiting.id()).orElseThrow();
        assertThat(waitingNow.status()).as("never sent to an erased client").isEqualTo(DeliveryStatus.SKIPPED);
        assertThat(waitingNow.recipient()).isEqualTo(Client.ERASED);
        Delivery anasNow = deliveries().find(tenant.id(), toAna.id()).orElseThrow();
        assertThat(anasNow.recipient()).isEqualTo(ana.phone().value());
        assertThat(anasNow.payload()).as("a phone is hers anywhere; a name maybe not")
                .isEqualTo("Hola Ana, call " + lucia.firstName() + " on [erased]");
        assertThat(recipients().lastSender(DeliveryChannel.SMS, phone)).isEmpty();
        assertThat(recipients().lastSender(DeliveryChannel.WHATSAPP, formerPhone)).as("a former phone too").isEmpty();
        FeedbackRequest answered = feedback().find(asked.id()).orElseThrow();
        assertThat(answered.phone()).isEmpty();
        assertThat(answered.clientId()).isEqualTo(lucia.id());
        assertThat(feedback().latestFor(phone)).isEmpty();
        assertThat(stores().conversations().find(tenant.id(), phone.substring(1))).isEmpty();
        assertThat(stores().inboundEvents().claimUnprocessed("whatsapp", NOW.plusSeconds(1), "me", NOW,
                Duration.ofMinutes(1), 100)).extracting(StoredEvent::id).doesNotContain(held);
        assertThat(stores().idempotencyKeys().claim(tenant.id(), key, "f", NOW, NOW.plus(Duration.ofDays(1))).body())
                .isEqualTo("{\"clientId\":\"" + lucia.id() + "\",\"notes\":\"call [erased] on [erased]\"}");
        List<AuditEntry> entries = stores().auditLog().list(tenant.id(), new PageRequest(100, null)).items();
        assertThat(entries).extracting(AuditEntry::action).contains("client.erased");
        for (AuditEntry entry : entries) {
            String values = entry.oldValues() + " " + entry.newValues();
            assertThat(values).doesNotContain(phone.substring(1), formerPhone.substring(1), "lucia." + unique);
            if (lucia.id().equals(entry.entityId())) {
                assertThat(values).doesNotContain(lucia.firstName(), "Pérez");
            }
        }
        assertThat(stores().clients().find(tenant.id(), ana.id())).contains(ana);
        assertThat(entries.stream().filter(e -> ana.id().equals(e.entityId())).findFirst().orElseThrow().newValues())
                .as("another client's entry, sharing a surname").contains(ana.phone().value(), "Pérez");
        Client newcomer = new Client(id(IdPrefix.CLIENT), tenant.id(), "Nueva", null, lucia.email(),
                new PhoneNumber(phone), true);
        stores().clients().create(newcomer, null);
        assertThat(stores().clients().idByPhone(tenant.id(), phone)).contains(newcomer.id());
    }
}
