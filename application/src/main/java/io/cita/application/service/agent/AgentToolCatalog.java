package io.cita.application.service.agent;

import io.cita.application.port.in.AgentTool;
import io.cita.application.port.in.AgentTool.Parameter;
import java.util.List;

/** The one definition of the agent tools: their names, what each is for, and their parameters. */
final class AgentToolCatalog {
    static final String LIST_SERVICES = "list_services";
    static final String FIND_OFFERS = "find_offers";
    static final String EXPLAIN_TIME = "explain_time";
    static final String HOLD_OFFER = "hold_offer";
    static final String BOOK = "book";
    static final String FIND_MY_BOOKINGS = "find_my_bookings";
    static final String CANCEL_BOOKING = "cancel_booking";
    static final String RESCHEDULE_BOOKING = "reschedule_booking";

    private static final boolean READS = false;
    private static final boolean CHANGES = true;
    private static final Parameter SERVICE = text("service", "The service the customer wants, as they said it "
            + "(any language, typos are fine) or its id from list_services", true);
    private static final Parameter PHONE = text("phone", "The customer's phone number in E.164 (+34612345678); "
            + "on a phone call the caller's own number is used instead", false);
    private static final Parameter REFERENCE = text("reference", "The booking's code, e.g. CITA-7K2M9Q", true);

    static final List<AgentTool> TOOLS = List.of(
            new AgentTool(LIST_SERVICES, READS,
                    "Lists the services the business offers, with duration and price.",
                    List.of()),
            new AgentTool(FIND_OFFERS, READS,
                    "Finds the next free times for a service, on a date or as soon as possible, optionally in a "
                            + "part of the day. Offer the customer these times; book only one of them.",
                    List.of(SERVICE, text("date", "A date (2026-12-03), today or tomorrow; absent: as soon as "
                                    + "possible", false),
                            new Parameter("partOfDay", "string", "Morning, afternoon or evening", false,
                                    List.of("morning", "afternoon", "evening")),
                            new Parameter("count", "integer", "How many offers, 1-" + AgentOffers.MAX_OFFERS
                                    + " (default " + AgentOffers.DEFAULT_OFFERS + ")", false, List.of()))),
            new AgentTool(EXPLAIN_TIME, READS,
                    "Says whether a time the customer asks for can be booked and, when not, why, with the next free "
                            + "times.",
                    List.of(SERVICE, text("start", "The local date and time asked for, e.g. 2026-12-03T10:00",
                            true))),
            new AgentTool(HOLD_OFFER, CHANGES, "Holds an offer for a few minutes while the customer confirms.",
                    List.of(text("offerId", "The offerId of an offer from find_offers or explain_time", true))),
            new AgentTool(BOOK, CHANGES,
                    "Books a held offer (holdId) or an offer (offerId) for the customer, once they have confirmed it. "
                            + "Gives the booking's code.",
                    List.of(text("holdId", "The holdId from hold_offer", false),
                            text("offerId", "An offerId, when nothing was held", false),
                            text("name", "The customer's full name", false), PHONE,
                            text("notes", "Anything the customer wants the business to know", false))),
            new AgentTool(FIND_MY_BOOKINGS, READS,
                    "Lists the customer's upcoming bookings, found by their phone number.",
                    List.of(PHONE)),
            new AgentTool(CANCEL_BOOKING, CHANGES, "Cancels one of the customer's bookings by its code.",
                    List.of(REFERENCE, PHONE)),
            new AgentTool(RESCHEDULE_BOOKING, CHANGES,
                    "Moves one of the customer's bookings to an offer from find_offers.",
                    List.of(REFERENCE, text("offerId", "The offerId of the new time", true), PHONE)));

    private AgentToolCatalog() {
    }

    private static Parameter text(String name, String description, boolean required) {
        return new Parameter(name, "string", description, required, List.of());
    }
}
