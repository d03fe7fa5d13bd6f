package io.cita.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.domain.client.Client;
import io.cita.domain.client.ContactPreferences;
import io.cita.domain.delivery.Delivery;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.delivery.EventType;
import io.cita.domain.delivery.ReminderOf;
import io.cita.domain.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Contract of what messages to people need from a store: a reminder keeps the booking version it was scheduled for,
 * a client's contact preferences round-trip, and the last business to write to an address is remembered.
 */
public abstract class AbstractMessagingContractTest extends PersistenceContract {
    protected abstract DispatchStores dispatchStores();

    @Test
    void aReminderKeepsTheBookingAndVersionItRemindsOf_untilItIsDue() {
        Tenant tenant = newTenant();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Delivery reminder = Delivery.reminder("dlv_" + UUID.randomUUID().toString().replace("-", ""), tenant.id(),
                "evt_1", DeliveryChannel.SMS, "+34600000001", EventType.BOOKING_CONFIRMED, "Recordatorio",
                now.plusSeconds(3600), new ReminderOf("bkg_1", 7), now);
        dispatchStores().deliveries().enqueue(List.of(reminder));
        assertThat(dispatchStores().deliveries().find(tenant.id(), reminder.id())).contains(reminder);
        assertThat(dispatchStores().deliveries().claimDue("x", now.plusSeconds(60), Duration.ofSeconds(5),
                500)).extracting(Delivery::id).doesNotContain(reminder.id());
    }

    @Test
    void aClientsContactPreferencesRoundTrip() {
        Tenant tenant = newTenant();
        Client client = newClient(tenant);
        assertThat(stores().clients().find(tenant.id(), client.id()).orElseThrow().preferences())
                .isEqualTo(ContactPreferences.DEFAULT);
        ContactPreferences chosen = client.preferences().chosen(List.of(DeliveryChannel.SMS, DeliveryChannel.EMAIL),
                true, true, true).leaving(DeliveryChannel.WHATSAPP);
        stores().clients().update(client.withPreferences(chosen), null);
        ContactPreferences stored = stores().clients().find(tenant.id(), client.id()).orElseThrow().preferences();
        assertThat(stored).isEqualTo(chosen);
        assertThat(stored.channels()).containsExactly(DeliveryChannel.SMS, DeliveryChannel.EMAIL);
        assertThat(stored.optedOut()).isEqualTo(Set.of(DeliveryChannel.WHATSAPP));
    }

    @Test
    void theLastBusinessToWriteToAnAddressIsRemembered_aLaterWriteWins() {
        Tenant first = newTenant();
        Tenant second = newTenant();
        String phone = uniquePhone();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        assertThat(dispatchStores().recipients().lastSender(DeliveryChannel.SMS, phone)).isEmpty();
        dispatchStores().recipients().remember(DeliveryChannel.SMS, phone, first.id(), now);
        dispatchStores().recipients().remember(DeliveryChannel.SMS, phone, second.id(), now.plusSeconds(1));
        dispatchStores().recipients().remember(DeliveryChannel.SMS, phone, first.id(), now.minusSeconds(5));
        assertThat(dispatchStores().recipients().lastSender(DeliveryChannel.SMS, phone)).contains(second.id());
        assertThat(dispatchStores().recipients().lastSender(DeliveryChannel.WHATSAPP, phone)).isEmpty();
    }
}
