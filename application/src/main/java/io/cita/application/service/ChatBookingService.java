package io.cita.application.service;

import io.cita.application.error.BookingRuleViolationException;
import io.cita.application.error.NotFoundException;
import io.cita.application.error.PlanLimitExceededException;
import io.cita.application.error.SlotUnavailableException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.AvailabilityQuery;
import io.cita.application.port.in.BookAppointmentUseCase;
import io.cita.application.port.in.BookCommand;
import io.cita.application.port.in.ChatMessage;
import io.cita.application.port.in.ClientDetails;
import io.cita.application.port.in.HandleChatUseCase;
import io.cita.application.port.in.HoldSlotUseCase;
import io.cita.application.port.in.ListAvailabilityUseCase;
import io.cita.application.port.in.ManageBookingsUseCase;
import io.cita.application.port.in.PlaceHoldCommand;
import io.cita.application.port.out.CatalogServices;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.Conversations;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.Messenger;
import io.cita.application.port.out.OutboundMessage;
import io.cita.application.port.out.Plans;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.out.UsageCounters;
import io.cita.application.port.query.BookingFilter;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.availability.Slot;
import io.cita.domain.booking.Booking;
import io.cita.domain.booking.Channel;
import io.cita.domain.booking.Hold;
import io.cita.domain.catalog.Service;
import io.cita.domain.client.Client;
import io.cita.domain.conversation.ChatInput;
import io.cita.domain.conversation.ChatTexts.Key;
import io.cita.domain.conversation.ChatTexts;
import io.cita.domain.conversation.Conversation;
import io.cita.domain.conversation.ConversationState;
import io.cita.domain.plan.Limit;
import io.cita.domain.plan.LimitKind;
import io.cita.domain.plan.PlanLimitPolicy;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.shared.PhoneNumber;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Tenant;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The booking chat on one shared WhatsApp number (seed 002). A message that is exactly a business's slug starts or
 * resumes that business's conversation; otherwise the phone's most recent live conversation continues; with none,
 * the bot asks which business and takes a slug or the closest name. Each conversation walks START → service → date
 * → time → CONFIRMING (the slot is held) → DONE, answering in the business's language.
 */
public class ChatBookingService implements HandleChatUseCase {
    static final int PAGE = 9;
    private static final int DAYS_AHEAD = 21;
    private static final String MORE = "more";
    private static final Duration DEFAULT_TTL = Duration.ofHours(24);
    private final Tenants tenants;
    private final Conversations conversations;
    private final CatalogServices services;
    private final Clients clients;
    private final ListAvailabilityUseCase availability;
    private final HoldSlotUseCase holds;
    private final BookAppointmentUseCase booking;
    private final ManageBookingsUseCase bookings;
    private final UsageCounters usage;
    private final Plans plans;
    private final Messenger messenger;
    private final IdGenerator ids;
    private final ClockPort clock;
    private final String sharedNumberId;

    public ChatBookingService(Tenants tenants, Conversations conversations, CatalogServices services, Clients clients,
                              ListAvailabilityUseCase availability, HoldSlotUseCase holds,
                              BookAppointmentUseCase booking, ManageBookingsUseCase bookings, UsageCounters usage,
                              Plans plans, Messenger messenger, IdGenerator ids, ClockPort clock,
                              String sharedNumberId) {
        this.tenants = tenants;
        this.conversations = conversations;
        this.services = services;
        this.clients = clients;
        this.availability = availability;
        this.holds = holds;
        this.booking = booking;
        this.bookings = bookings;
        this.usage = usage;
        this.plans = plans;
        this.messenger = messenger;
        this.ids = ids;
        this.clock = clock;
        this.sharedNumberId = sharedNumberId;
    }

    /** Everything one message makes the bot do: the conversation it moves and the replies it sends. */
    private final class Turn {
        final ChatMessage message;
        final Tenant tenant;
        final Instant now;
        final List<OutboundMessage> replies = new ArrayList<>();

        Turn(ChatMessage message, Tenant tenant, Instant now) {
            this.message = message;
            this.tenant = tenant;
            this.now = now;
        }

        Language language() {
            return tenant.locale();
        }

        String say(Key key, Object... arguments) {
            return ChatTexts.say(language(), key, arguments);
        }

        void text(String text) {
            replies.add(OutboundMessage.text(message.phone(), message.toNumberId(), text));
        }

        void buttons(String text, List<OutboundMessage.Option> options) {
            replies.add(new OutboundMessage(message.phone(), message.toNumberId(), text, options, null, List.of()));
        }

        void list(String text, String button, List<OutboundMessage.Option> rows) {
            replies.add(new OutboundMessage(message.phone(), message.toNumberId(), text, List.of(), button, rows));
        }

        Actor actor() {
            return new Actor(Actor.Kind.CHANNEL, "whatsapp:" + message.phone(), null, null, null, "WhatsApp");
        }
    }

    @Override
    public void handle(ChatMessage message) {
        Instant now = clock.now();
        Optional<Tenant> dedicated = dedicatedTenant(message.toNumberId());
        String normalized = ChatInput.normalize(message.text());
        Optional<Tenant> bySlug = dedicated.isPresent() ? Optional.empty() : operating(tenants.findBySlug(normalized));
        if (dedicated.isPresent() || bySlug.isPresent()) {
            Tenant tenant = dedicated.orElseGet(bySlug::get);
            Turn turn = new Turn(message, tenant, now);
            Conversation conversation = conversations.find(tenant.id(), message.phone()).filter(c -> c.liveAt(now))
                    .orElseGet(() -> fresh(tenant, message.phone(), now));
            if (bySlug.isPresent()) {
                finish(turn, welcome(turn, conversation));
            } else {
                finish(turn, respond(turn, conversation));
            }
            return;
        }
        Optional<Conversation> recent = conversations.mostRecent(message.phone(), now);
        if (recent.isPresent()) {
            Optional<Tenant> tenant = operating(tenants.find(recent.get().tenantId()));
            if (tenant.isPresent()) {
                Turn turn = new Turn(message, tenant.get(), now);
                finish(turn, respond(turn, recent.get()));
                return;
            }
        }
        Optional<Tenant> named = closestByName(normalized);
        if (named.isPresent()) {
            Turn turn = new Turn(message, named.get(), now);
            finish(turn, welcome(turn, fresh(named.get(), message.phone(), now)));
            return;
        }
        messenger.send(OutboundMessage.text(message.phone(), message.toNumberId(),
                ChatTexts.say(Language.ES, Key.WHICH_BUSINESS) + "\n" + ChatTexts.say(Language.EN, Key.WHICH_BUSINESS)));
    }

    /** Counts the turn's messages, saves the conversation and sends the replies (or "contact the business"). */
    private void finish(Turn turn, Conversation conversation) {
        YearMonth period = YearMonth.from(turn.now.atZone(turn.tenant.timezone()));
        Limit credits = PlanLimitPolicy.limitOf(plans.plan(turn.tenant.plan()), LimitKind.MESSAGES_PER_MONTH);
        if (!usage.spendMessages(turn.tenant.id(), period, 1 + turn.replies.size(), credits)) {
            if (conversation.holdId() != null) {
                releaseQuietly(turn, conversation.holdId());
            }
            usage.addMessages(turn.tenant.id(), period, 2);
            messenger.send(OutboundMessage.text(turn.message.phone(), turn.message.toNumberId(),
                    turn.say(Key.CONTACT_BUSINESS, turn.tenant.name())));
            return;
        }
        conversations.save(conversation);
        turn.replies.forEach(messenger::send);
    }

    private Conversation fresh(Tenant tenant, String phone, Instant now) {
        return new Conversation(ids.newId(IdPrefix.CONVERSATION), tenant.id(), phone, ConversationState.START, null,
                null, null, null, List.of(), 0, now, now.plus(ttl(tenant)));
    }

    private static Duration ttl(Tenant tenant) {
        try {
            return Duration.ofHours(Long.parseLong(tenant.settings().getOrDefault("conversation.ttlHours", "24")));
        } catch (NumberFormatException e) {
            return DEFAULT_TTL;
        }
    }

    private Conversation move(Turn turn, Conversation conversation, ConversationState state, String serviceId,
                              LocalDate date, Instant start, String holdId, List<String> offered, int page) {
        return conversation.next(state, serviceId, date, start, holdId, offered, page, turn.now,
                turn.now.plus(ttl(turn.tenant)));
    }

    private Conversation welcome(Turn turn, Conversation conversation) {
        if (conversation.holdId() != null) {
            releaseQuietly(turn, conversation.holdId());
        }
        turn.buttons(turn.say(Key.WELCOME, turn.tenant.name()), List.of(
                new OutboundMessage.Option("book", turn.say(Key.MENU_BOOK), null),
                new OutboundMessage.Option("mine", turn.say(Key.MENU_MY_BOOKINGS), null),
                new OutboundMessage.Option("help", turn.say(Key.MENU_HELP), null)));
        return move(turn, conversation, ConversationState.START, null, null, null, null,
                List.of("book", "mine", "help"), 0);
    }

    private Conversation respond(Turn turn, Conversation conversation) {
        String reply = turn.message.replyId();
        ChatInput.Meaning meaning = ChatInput.interpret(turn.message.text(),
                LocalDate.ofInstant(turn.now, turn.tenant.timezone()));
        if (reply == null) {
            switch (meaning.kind()) {
                case MENU -> {
                    return welcome(turn, conversation);
                }
                case HELP -> {
                    turn.text(turn.say(Key.HELP));
                    return conversation.next(conversation.state(), conversation.serviceId(), conversation.date(),
                            conversation.start(), conversation.holdId(), conversation.offered(), conversation.page(),
                            turn.now, turn.now.plus(ttl(turn.tenant)));
                }
                case CANCEL -> {
                    if (conversation.holdId() != null) {
                        releaseQuietly(turn, conversation.holdId());
                    }
                    turn.text(turn.say(Key.CANCELLED));
                    return move(turn, conversation, ConversationState.DONE, null, null, null, null, List.of(), 0);
                }
                case MY_BOOKINGS -> {
                    return myBookings(turn, conversation);
                }
                default -> {
                    // handled by the state below
                }
            }
            if (meaning.kind() == ChatInput.Kind.MORE) {
                reply = MORE;
            } else if (meaning.kind() == ChatInput.Kind.CHOICE) {
                reply = chosen(conversation, meaning.choice());
            }
        }
        switch (conversation.state()) {
            case START, DONE -> {
                if ("book".equals(reply)) {
                    return offerServices(turn, conversation, 0);
                }
                if ("mine".equals(reply)) {
                    return myBookings(turn, conversation);
                }
                if ("help".equals(reply)) {
                    turn.text(turn.say(Key.HELP));
                    return conversation;
                }
                return welcome(turn, conversation);
            }
            case CHOOSING_SERVICE -> {
                if (MORE.equals(reply)) {
                    return offerServices(turn, conversation, conversation.page() + 1);
                }
                if (reply != null && conversation.offered().contains(reply)) {
                    return offerDays(turn, conversation, reply, 0);
                }
                turn.text(turn.say(Key.NOT_UNDERSTOOD));
                return conversation;
            }
            case CHOOSING_DATE -> {
                if (MORE.equals(reply)) {
                    return offerDays(turn, conversation, conversation.serviceId(), conversation.page() + 1);
                }
                LocalDate date = reply != null && conversation.offered().contains(reply) ? LocalDate.parse(reply)
                        : meaning.date();
                if (date == null) {
                    turn.text(turn.say(Key.DATE_NOT_UNDERSTOOD));
                    return conversation;
                }
                return offerTimes(turn, conversation, date, 0);
            }
            case CHOOSING_TIME -> {
                if (MORE.equals(reply)) {
                    return offerTimes(turn, conversation, conversation.date(), conversation.page() + 1);
                }
                if (meaning.kind() == ChatInput.Kind.DATE) {
                    return offerTimes(turn, conversation, meaning.date(), 0);
                }
                Instant start = reply != null && conversation.offered().contains(reply) ? Instant.parse(reply)
                        : offeredAt(turn, conversation, meaning.time());
                if (start == null) {
                    turn.text(turn.say(Key.TIME_NOT_OFFERED));
                    return conversation;
                }
                return hold(turn, conversation, start);
            }
            case CONFIRMING -> {
                if ("yes".equals(reply) || meaning.kind() == ChatInput.Kind.YES) {
                    return book(turn, conversation);
                }
                if ("no".equals(reply) || meaning.kind() == ChatInput.Kind.NO) {
                    releaseQuietly(turn, conversation.holdId());
                    return offerTimes(turn, move(turn, conversation, ConversationState.CHOOSING_TIME,
                            conversation.serviceId(), conversation.date(), null, null, List.of(), 0), conversation.date(), 0);
                }
                turn.text(turn.say(Key.NOT_UNDERSTOOD));
                return conversation;
            }
            case MY_BOOKINGS -> {
                if (reply != null && conversation.offered().contains(reply)) {
                    return cancelBooking(turn, conversation, reply);
                }
                return welcome(turn, conversation);
            }
            default -> throw new IllegalStateException("unknown state " + conversation.state());
        }
    }

    /** The offered option a typed number picks (1-based, on the current page), or null. */
    private static String chosen(Conversation conversation, int number) {
        return number >= 1 && number <= conversation.offered().size() ? conversation.offered().get(number - 1) : null;
    }

    private Conversation offerServices(Turn turn, Conversation conversation, int page) {
        List<Service> active = services.list(turn.tenant.id(), new PageRequest(200, null)).items().stream()
                .filter(Service::active).toList();
        if (active.isEmpty()) {
            turn.text(turn.say(Key.NO_SERVICES));
            return move(turn, conversation, ConversationState.DONE, null, null, null, null, List.of(), 0);
        }
        Map<String, OutboundMessage.Option> options = new LinkedHashMap<>();
        for (Service service : active) {
            options.put(service.id(), new OutboundMessage.Option(service.id(), service.name(),
                    service.durationMinutes() + " min · " + money(service.price().amount(), service.price().currency())));
        }
        List<String> shown = page(turn, new ArrayList<>(options.keySet()), options, page, turn.say(Key.CHOOSE_SERVICE));
        return move(turn, conversation, ConversationState.CHOOSING_SERVICE, null, null, null, null, shown, page);
    }

    private Conversation offerDays(Turn turn, Conversation conversation, String serviceId, int page) {
        LocalDate today = LocalDate.ofInstant(turn.now, turn.tenant.timezone());
        Map<String, OutboundMessage.Option> options = new LinkedHashMap<>();
        for (Slot slot : slots(turn, serviceId, today, today.plusDays(DAYS_AHEAD))) {
            LocalDate day = LocalDate.ofInstant(slot.start(), turn.tenant.timezone());
            options.putIfAbsent(day.toString(), new OutboundMessage.Option(day.toString(), dayName(turn, day), null));
        }
        if (options.isEmpty()) {
            turn.text(turn.say(Key.NO_DAYS));
            return move(turn, conversation, ConversationState.CHOOSING_DATE, serviceId, null, null, null, List.of(), 0);
        }
        List<String> shown = page(turn, new ArrayList<>(options.keySet()), options, page, turn.say(Key.CHOOSE_DATE));
        return move(turn, conversation, ConversationState.CHOOSING_DATE, serviceId, null, null, null, shown, page);
    }

    private Conversation offerTimes(Turn turn, Conversation conversation, LocalDate date, int page) {
        LocalDate today = LocalDate.ofInstant(turn.now, turn.tenant.timezone());
        if (date.isBefore(today)) {
            turn.text(turn.say(Key.DATE_IN_PAST));
            return move(turn, conversation, ConversationState.CHOOSING_DATE, conversation.serviceId(), null, null, null,
                    conversation.state() == ConversationState.CHOOSING_DATE ? conversation.offered() : List.of(), 0);
        }
        Map<String, OutboundMessage.Option> options = new LinkedHashMap<>();
        for (Slot slot : slots(turn, conversation.serviceId(), date, date)) {
            options.putIfAbsent(slot.start().toString(), new OutboundMessage.Option(slot.start().toString(),
                    time(turn, slot.start()), null));
        }
        if (options.isEmpty()) {
            turn.text(turn.say(Key.NO_SLOTS_ON_DATE, dayName(turn, date)));
            return move(turn, conversation, ConversationState.CHOOSING_DATE, conversation.serviceId(), null, null, null,
                    List.of(), 0);
        }
        List<String> shown = page(turn, new ArrayList<>(options.keySet()), options, page,
                turn.say(Key.CHOOSE_TIME, dayName(turn, date)));
        return move(turn, conversation, ConversationState.CHOOSING_TIME, conversation.serviceId(), date, null, null,
                shown, page);
    }

    private Instant offeredAt(Turn turn, Conversation conversation, LocalTime time) {
        if (time == null || conversation.date() == null) {
            return null;
        }
        for (Slot slot : slots(turn, conversation.serviceId(), conversation.date(), conversation.date())) {
            if (LocalTime.ofInstant(slot.start(), turn.tenant.timezone()).equals(time)) {
                return slot.start();
            }
        }
        return null;
    }

    private Conversation hold(Turn turn, Conversation conversation, Instant start) {
        try {
            Hold hold = holds.hold(new PlaceHoldCommand(turn.tenant.id(), conversation.serviceId(), start, List.of(), 1,
                    turn.actor())).value();
            Service service = services.find(turn.tenant.id(), conversation.serviceId())
                    .orElseThrow(() -> new NotFoundException("service", conversation.serviceId()));
            LocalDate day = LocalDate.ofInstant(start, turn.tenant.timezone());
            turn.buttons(turn.say(Key.CONFIRM, service.name(), dayName(turn, day), time(turn, start),
                    money(service.price().amount(), service.price().currency())), List.of(
                    new OutboundMessage.Option("yes", turn.say(Key.YES), null),
                    new OutboundMessage.Option("no", turn.say(Key.NO), null)));
            return move(turn, conversation, ConversationState.CONFIRMING, conversation.serviceId(), day, start,
                    hold.id(), List.of("yes", "no"), 0);
        } catch (SlotUnavailableException | BookingRuleViolationException e) {
            turn.text(turn.say(Key.SLOT_TAKEN));
            return offerTimes(turn, conversation, conversation.date(), 0);
        }
    }

    private Conversation book(Turn turn, Conversation conversation) {
        String phone = "+" + turn.message.phone().replaceAll("\\D", "");
        String name = turn.message.profileName() == null || turn.message.profileName().isBlank() ? "WhatsApp"
                : turn.message.profileName().trim();
        try {
            Booking booked = booking.book(new BookCommand(turn.tenant.id(), conversation.serviceId(),
                    conversation.start(), List.of(), conversation.holdId(), null,
                    new ClientDetails(name.length() > 100 ? name.substring(0, 100) : name, null, null,
                            new PhoneNumber(phone)), 1, null, Channel.WHATSAPP, turn.actor())).value();
            LocalDate day = LocalDate.ofInstant(booked.time().start(), turn.tenant.timezone());
            turn.text(turn.say(Key.BOOKED, booked.reference(), dayName(turn, day), time(turn, booked.time().start())));
            return move(turn, conversation, ConversationState.DONE, null, null, null, null, List.of(), 0);
        } catch (SlotUnavailableException | BookingRuleViolationException | PlanLimitExceededException e) {
            turn.text(turn.say(Key.SLOT_TAKEN));
            return offerTimes(turn, move(turn, conversation, ConversationState.CHOOSING_TIME, conversation.serviceId(),
                    conversation.date(), null, null, List.of(), 0), conversation.date(), 0);
        }
    }

    private Conversation myBookings(Turn turn, Conversation conversation) {
        Optional<Client> client = clients.findByPhone(turn.tenant.id(), "+" + turn.message.phone().replaceAll("\\D", ""));
        List<Booking> upcoming = client.map(found -> bookings.list(new BookingFilter(turn.tenant.id(), turn.now, null,
                null, null, found.id()), new PageRequest(PAGE, null), Actor.system()).items()).orElse(List.of())
                .stream().filter(b -> b.status().occupies()).toList();
        if (upcoming.isEmpty()) {
            turn.text(turn.say(Key.NO_BOOKINGS));
            return move(turn, conversation, ConversationState.DONE, null, null, null, null, List.of(), 0);
        }
        List<OutboundMessage.Option> rows = new ArrayList<>();
        List<String> offered = new ArrayList<>();
        for (int i = 0; i < upcoming.size(); i++) {
            Booking b = upcoming.get(i);
            String service = services.find(turn.tenant.id(), b.serviceId()).map(Service::name).orElse("");
            rows.add(new OutboundMessage.Option(b.id(), (i + 1) + ". " + time(turn, b.time().start()) + " "
                    + dayName(turn, LocalDate.ofInstant(b.time().start(), turn.tenant.timezone())),
                    service + " · " + b.reference()));
            offered.add(b.id());
        }
        turn.list(turn.say(Key.MY_BOOKINGS), turn.say(Key.BUTTON_LIST), rows);
        return move(turn, conversation, ConversationState.MY_BOOKINGS, null, null, null, null, offered, 0);
    }

    private Conversation cancelBooking(Turn turn, Conversation conversation, String bookingId) {
        try {
            Booking cancelled = bookings.cancel(turn.tenant.id(), bookingId, "cancelled by the customer on WhatsApp",
                    false, turn.actor());
            turn.text(turn.say(Key.BOOKING_CANCELLED, cancelled.reference()));
        } catch (BookingRuleViolationException e) {
            turn.text(turn.say(Key.CANNOT_CANCEL));
        }
        return move(turn, conversation, ConversationState.DONE, null, null, null, null, List.of(), 0);
    }

    /** Shows one page of options (9 and "more" beyond that) as a list, numbered so a typed number also works. */
    private List<String> page(Turn turn, List<String> all, Map<String, OutboundMessage.Option> options, int page,
                              String text) {
        int from = Math.min(page * PAGE, Math.max(0, all.size() - 1));
        List<String> shown = new ArrayList<>(all.subList(from, Math.min(all.size(), from + PAGE)));
        List<OutboundMessage.Option> rows = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            OutboundMessage.Option option = options.get(shown.get(i));
            rows.add(new OutboundMessage.Option(option.id(), (i + 1) + ". " + option.title(), option.description()));
        }
        if (from + PAGE < all.size()) {
            rows.add(new OutboundMessage.Option(MORE, turn.say(Key.MORE), null));
        }
        turn.list(text, turn.say(Key.BUTTON_LIST), rows);
        return shown;
    }

    private List<Slot> slots(Turn turn, String serviceId, LocalDate from, LocalDate to) {
        return availability.availability(new AvailabilityQuery(turn.tenant.id(), serviceId, from, to, null)).slots();
    }

    private void releaseQuietly(Turn turn, String holdId) {
        try {
            holds.release(turn.tenant.id(), holdId, turn.actor());
        } catch (NotFoundException gone) {
            // the hold expired or was converted already
        }
    }

    private Optional<Tenant> dedicatedTenant(String numberId) {
        if (numberId == null || numberId.equals(sharedNumberId)) {
            return Optional.empty();
        }
        return tenants.list(new PageRequest(200, null)).items().stream()
                .filter(tenant -> numberId.equals(tenant.settings().get("whatsapp.phoneNumberId")))
                .filter(tenant -> tenant.status().operating()).findFirst();
    }

    private static Optional<Tenant> operating(Optional<Tenant> tenant) {
        return tenant.filter(found -> found.status().operating());
    }

    /** The business whose name or slug is nearest the text, if near enough (a third of its length in edits). */
    private Optional<Tenant> closestByName(String text) {
        if (text.length() < 3) {
            return Optional.empty();
        }
        Tenant best = null;
        int bestDistance = Integer.MAX_VALUE;
        String cursor = null;
        do {
            Page<Tenant> page = tenants.list(new PageRequest(200, cursor));
            for (Tenant tenant : page.items()) {
                if (!tenant.status().operating()) {
                    continue;
                }
                for (String candidate : List.of(ChatInput.normalize(tenant.name()), tenant.slug().value())) {
                    int distance = distance(text, candidate);
                    if (distance < bestDistance && distance <= Math.max(1, candidate.length() / 3)) {
                        best = tenant;
                        bestDistance = distance;
                    }
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return Optional.ofNullable(best);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String dayName(Turn turn, LocalDate day) {
        Locale locale = turn.language() == Language.EN ? Locale.ENGLISH : Locale.forLanguageTag("es");
        return DateTimeFormatter.ofPattern("EEE d/M", locale).format(day);
    }

    private static String time(Turn turn, Instant instant) {
        ZoneId zone = turn.tenant.timezone();
        return DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(zone));
    }

    private static String money(long minor, String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return digits <= 0 ? minor + " " + currency
                : BigDecimal.valueOf(minor, digits).toPlainString() + " " + currency;
    }
}
