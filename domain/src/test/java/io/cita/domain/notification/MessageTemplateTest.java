package io.cita.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cita.domain.booking.BookingStatus;
import io.cita.domain.delivery.EventType;
import io.cita.domain.shared.InvalidValueException;
import io.cita.domain.tenant.Language;
import org.junit.jupiter.api.Test;

/** Templates name only known variables, checked when made; booking changes map to the notification they send. */
class MessageTemplateTest {

    @Test
    void anUnknownVariableIsRefusedWhenTheTemplateIsMade_notWhenAMessageIsSent() {
        assertThatThrownBy(() -> new MessageTemplate(NotificationKind.BOOKING_CONFIRMED, "Hi {{client.firstName}}",
                "Your {{service.price}} booking")).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("body names unknown variables [service.price]");
        assertThat(MessageTemplate.variables("{{ client.firstName }} and {{{business.name}}}"))
                .containsExactly("client.firstName", "business.name");
    }

    @Test
    void everyDefaultTemplateExistsInBothLanguages() {
        for (NotificationKind kind : NotificationKind.values()) {
            for (Language language : Language.values()) {
                assertThat(DefaultTemplates.of(kind, language)).isNotNull();
            }
        }
        assertThat(DefaultTemplates.of(NotificationKind.BOOKING_CANCELLED, Language.EN).subject())
                .startsWith("Booking cancelled");
    }

    @Test
    void aCreatedBookingSaysConfirmedOrPending_andOtherChangesSayWhatHappened() {
        assertThat(NotificationKind.of(EventType.BOOKING_CREATED, BookingStatus.PENDING))
                .contains(NotificationKind.BOOKING_PENDING);
        assertThat(NotificationKind.of(EventType.BOOKING_CREATED, BookingStatus.CONFIRMED))
                .contains(NotificationKind.BOOKING_CONFIRMED);
        assertThat(NotificationKind.of(EventType.BOOKING_RESCHEDULED, BookingStatus.CONFIRMED))
                .contains(NotificationKind.BOOKING_RESCHEDULED);
        assertThat(NotificationKind.of(EventType.BOOKING_COMPLETED, BookingStatus.COMPLETED)).isEmpty();
        assertThat(NotificationKind.BOOKING_CANCELLED.cancelsTheEvent()).isTrue();
    }
}
