package io.cita.application.service.chat;

import io.cita.application.port.in.AvailabilityQuery;
import io.cita.application.port.in.ListAvailabilityUseCase;
import io.cita.application.port.out.CatalogServices;
import io.cita.application.port.out.OutboundMessage;
import io.cita.application.service.CatalogCache;
import io.cita.domain.availability.Slot;
import io.cita.domain.catalog.Service;
import io.cita.domain.catalog.ServiceNames;
import io.cita.domain.conversation.ChatTexts.Key;
import io.cita.domain.conversation.Conversation;
import io.cita.domain.conversation.ConversationState;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the bot offers a customer to choose from: the business's services, the days with free times, a day's times. */
final class ChatOffers {
    private static final int DAYS_AHEAD = 21;

    private final CatalogServices services;
    private final CatalogCache catalogs;
    private final ListAvailabilityUseCase availability;

    ChatOffers(CatalogServices services, CatalogCache catalogs, ListAvailabilityUseCase availability) {
        this.services = services;
        this.catalogs = catalogs;
        this.availability = availability;
    }

    Conversation services(ChatTurn turn, Conversation conversation, int page) {
        List<Service> active = active(turn);
        if (active.isEmpty()) {
            turn.text(turn.say(Key.NO_SERVICES));
            return turn.done(conversation);
        }
        Map<String, OutboundMessage.Option> options = new LinkedHashMap<>();
        for (Service service : active) {
            options.put(service.id(), new OutboundMessage.Option(service.id(), service.name(),
                    service.durationMinutes() + " min · " + ChatReplies.money(service.price())));
        }
        List<String> shown = ChatReplies.page(turn, options, page, turn.say(Key.CHOOSE_SERVICE));
        return turn.move(conversation, ConversationState.CHOOSING_SERVICE, null, null, null, null, shown, page);
    }

    /** The active service the customer's words name (accents, plurals and a typo forgiven), the nearest if several. */
    Optional<String> named(ChatTurn turn, Conversation conversation) {
        return ServiceNames.matching(turn.message().text(), active(turn)).stream().findFirst().map(Service::id);
    }

    private List<Service> active(ChatTurn turn) {
        return catalogs.activeServices(turn.tenant().id(), null);
    }

    Conversation days(ChatTurn turn, Conversation conversation, String serviceId, int page) {
        Map<String, OutboundMessage.Option> options = new LinkedHashMap<>();
        for (Slot slot : slots(turn, serviceId, turn.today(), turn.today().plusDays(DAYS_AHEAD))) {
            LocalDate day = LocalDate.ofInstant(slot.start(), turn.tenant().timezone());
            options.putIfAbsent(day.toString(), new OutboundMessage.Option(day.toString(), ChatReplies.day(turn, day),
                    null));
        }
        if (options.isEmpty()) {
            turn.text(turn.say(Key.NO_DAYS));
            return turn.move(conversation, ConversationState.CHOOSING_DATE, serviceId, null, null, null, List.of(), 0);
        }
        List<String> shown = ChatReplies.page(turn, options, page, turn.say(Key.CHOOSE_DATE));
        return turn.move(conversation, ConversationState.CHOOSING_DATE, serviceId, null, null, null, shown, page);
    }

    Conversation times(ChatTurn turn, Conversation conversation, LocalDate date, int page) {
        if (date.isBefore(turn.today())) {
            turn.text(turn.say(Key.DATE_IN_PAST));
            return turn.move(conversation, ConversationState.CHOOSING_DATE, conversation.serviceId(), null, null, null,
                    conversation.state() == ConversationState.CHOOSING_DATE ? conversation.offered() : List.of(), 0);
        }
        Map<String, OutboundMessage.Option> options = new LinkedHashMap<>();
        for (Slot slot : slots(turn, conversation.serviceId(), date, date)) {
            options.putIfAbsent(slot.start().toString(), new OutboundMessage.Option(slot.start().toString(),
                    ChatReplies.time(turn, slot.start()), null));
        }
        if (options.isEmpty()) {
            turn.text(turn.say(Key.NO_SLOTS_ON_DATE, ChatReplies.day(turn, date)));
            return turn.move(conversation, ConversationState.CHOOSING_DATE, conversation.serviceId(), null, null, null,
                    List.of(), 0);
        }
        List<String> shown = ChatReplies.page(turn, options, page,
                turn.say(Key.CHOOSE_TIME, ChatReplies.day(turn, date)));
        return turn.move(conversation, ConversationState.CHOOSING_TIME, conversation.serviceId(), date, null, null,
                shown, page);
    }

    /** The free start at {@code time} on the conversation's date, if there is one. */
    Optional<Instant> startAt(ChatTurn turn, Conversation conversation, LocalTime time) {
        if (conversation.date() == null) {
            return Optional.empty();
        }
        return slots(turn, conversation.serviceId(), conversation.date(), conversation.date()).stream()
                .map(Slot::start)
                .filter(start -> LocalTime.ofInstant(start, turn.tenant().timezone()).equals(time)).findFirst();
    }

    Optional<Service> service(ChatTurn turn, String serviceId) {
        return services.find(turn.tenant().id(), serviceId);
    }

    private List<Slot> slots(ChatTurn turn, String serviceId, LocalDate from, LocalDate to) {
        return availability.availability(new AvailabilityQuery(turn.tenant().id(), serviceId, from, to, null)).slots();
    }
}
