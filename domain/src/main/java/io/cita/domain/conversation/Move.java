package io.cita.domain.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What the conversation flow decided one message asks for. The flow decides without touching any store; the
 * channel's turn carries the move out (reads services and slots, holds, books) and writes the replies.
 */
public sealed interface Move {
    /** Release any held slot and show the menu. */
    record Welcome() implements Move {
    }

    /** Explain the commands; the conversation stays where it is. */
    record Help() implements Move {
    }

    /** Release any held slot, say so, and end the conversation. */
    record Quit() implements Move {
    }

    /** Say one sentence; the conversation stays where it is. */
    record Say(ChatTexts.Key key) implements Move {
    }

    record ShowMyBookings() implements Move {
    }

    record OfferServices(int page) implements Move {
    }

    /** The customer wrote a service's name instead of picking one: the nearest service it names, if any. */
    record ServiceNamed() implements Move {
    }

    record OfferDays(String serviceId, int page) implements Move {
    }

    record OfferTimes(LocalDate date, int page) implements Move {
    }

    /** Hold the offered slot that starts at {@code time} on the conversation's date, if one does. */
    record HoldAt(LocalTime time) implements Move {
    }

    /** Hold an offered slot. */
    record Hold(Instant start) implements Move {
    }

    /** Book the held slot. */
    record Book() implements Move {
    }

    /** Release the held slot and offer the day's times again. */
    record Decline() implements Move {
    }

    record CancelBooking(String bookingId) implements Move {
    }
}
