package io.cita.domain.conversation;

import io.cita.domain.conversation.ChatInput.Kind;
import io.cita.domain.conversation.ChatInput.Meaning;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The booking conversation of seed 002 as a pure function: from where a conversation stands and what one message
 * means (its words, or the id of the option picked), the {@link Move} to make. START → service → date → time →
 * CONFIRMING (the slot is held) → DONE, plus "my bookings"; menu, help and cancel work in every state. It knows no
 * channel: WhatsApp, the web chat and the voice assistant drive the same flow.
 */
public final class ConversationFlow {
    private ConversationFlow() {
    }

    /** The move for a message meaning {@code meaning}, or picking the option {@code replyId} (null when typed). */
    public static Move next(Conversation conversation, Meaning meaning, String replyId) {
        String reply = replyId;
        if (reply == null) {
            Optional<Move> command = command(meaning);
            if (command.isPresent()) {
                return command.get();
            }
            reply = typedChoice(conversation, meaning);
        }
        Optional<ChatOption> option = ChatOption.fromId(reply);
        boolean offered = reply != null && conversation.offered().contains(reply);
        return switch (conversation.state()) {
            case START, DONE -> fromMenu(option);
            case CHOOSING_SERVICE -> option.filter(ChatOption.MORE::equals).<Move>map(more ->
                    new Move.OfferServices(conversation.page() + 1))
                    .orElse(offered ? new Move.OfferDays(reply, 0) : reply == null && meaning.kind() == Kind.TEXT
                            ? new Move.ServiceNamed() : new Move.Say(ChatTexts.Key.NOT_UNDERSTOOD));
            case CHOOSING_DATE -> choosingDate(conversation, meaning, option, offered ? LocalDate.parse(reply) : null);
            case CHOOSING_TIME -> choosingTime(conversation, meaning, option, offered ? Instant.parse(reply) : null);
            case CONFIRMING -> confirming(meaning, option);
            case MY_BOOKINGS -> offered ? new Move.CancelBooking(reply) : new Move.Welcome();
        };
    }

    /** The commands that work in every state. */
    private static Optional<Move> command(Meaning meaning) {
        return switch (meaning.kind()) {
            case MENU -> Optional.of(new Move.Welcome());
            case HELP -> Optional.of(new Move.Help());
            case CANCEL -> Optional.of(new Move.Quit());
            case MY_BOOKINGS -> Optional.of(new Move.ShowMyBookings());
            default -> Optional.empty();
        };
    }

    /** "more" or the offered option a typed number picks (1-based, on the current page); null otherwise. */
    private static String typedChoice(Conversation conversation, Meaning meaning) {
        if (meaning.kind() == Kind.MORE) {
            return ChatOption.MORE.id();
        }
        int number = meaning.choice();
        return meaning.kind() == Kind.CHOICE && number >= 1 && number <= conversation.offered().size()
                ? conversation.offered().get(number - 1) : null;
    }

    private static Move fromMenu(Optional<ChatOption> option) {
        return switch (option.orElse(ChatOption.MORE)) {
            case BOOK -> new Move.OfferServices(0);
            case MY_BOOKINGS -> new Move.ShowMyBookings();
            case HELP -> new Move.Help();
            default -> new Move.Welcome();
        };
    }

    private static Move choosingDate(Conversation conversation, Meaning meaning, Optional<ChatOption> option,
                                     LocalDate offeredDay) {
        if (option.filter(ChatOption.MORE::equals).isPresent()) {
            return new Move.OfferDays(conversation.serviceId(), conversation.page() + 1);
        }
        LocalDate date = offeredDay != null ? offeredDay : meaning.date();
        return date == null ? new Move.Say(ChatTexts.Key.DATE_NOT_UNDERSTOOD) : new Move.OfferTimes(date, 0);
    }

    private static Move choosingTime(Conversation conversation, Meaning meaning, Optional<ChatOption> option,
                                     Instant offeredStart) {
        if (option.filter(ChatOption.MORE::equals).isPresent()) {
            return new Move.OfferTimes(conversation.date(), conversation.page() + 1);
        }
        if (meaning.kind() == Kind.DATE) {
            return new Move.OfferTimes(meaning.date(), 0);
        }
        if (offeredStart != null) {
            return new Move.Hold(offeredStart);
        }
        return meaning.time() == null ? new Move.Say(ChatTexts.Key.TIME_NOT_OFFERED) : new Move.HoldAt(meaning.time());
    }

    private static Move confirming(Meaning meaning, Optional<ChatOption> option) {
        if (option.filter(ChatOption.YES::equals).isPresent() || meaning.kind() == Kind.YES) {
            return new Move.Book();
        }
        if (option.filter(ChatOption.NO::equals).isPresent() || meaning.kind() == Kind.NO) {
            return new Move.Decline();
        }
        return new Move.Say(ChatTexts.Key.NOT_UNDERSTOOD);
    }
}
