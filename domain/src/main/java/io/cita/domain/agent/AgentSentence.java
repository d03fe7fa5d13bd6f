package io.cita.domain.agent;

import io.cita.domain.tenant.Language;

/** What an agent's tool call says when it worked, in the tenant's language, ready to be spoken. */
public enum AgentSentence {
    SERVICES("Ofrecemos: %s.", "We offer: %s."),
    NO_SERVICES("Ahora mismo no hay servicios para reservar.", "There are no services to book right now."),
    OFFERS("Para %s puedo ofrecer: %s.", "For %s I can offer: %s."),
    OFFERS_OTHER_DAY("Ese día no queda nada para %s. Lo más próximo: %s.",
            "There is nothing left that day for %s. The soonest: %s."),
    NO_OFFERS("No hay horarios libres para %s en las próximas semanas.",
            "There are no free times for %s in the coming weeks."),
    BOOKABLE("Sí, %s está libre.", "Yes, %s is free."),
    NOT_BOOKABLE("%s no se puede reservar: %s", "%s cannot be booked: %s"),
    HELD("Dejé reservado %s durante %d minutos. ¿Lo confirmo?", "I am holding %s for %d minutes. Shall I confirm it?"),
    BOOKED("Listo: %s el %s. El código de la reserva es %s.", "Done: %s on %s. The booking code is %s."),
    MY_BOOKINGS("Sus próximas citas: %s.", "Your upcoming appointments: %s."),
    NO_BOOKINGS("No hay citas próximas con este número.", "There are no upcoming appointments for this number."),
    CANCELLED("Cancelé la cita %s.", "I cancelled appointment %s."),
    RESCHEDULED("Moví la cita %s al %s.", "I moved appointment %s to %s.");

    private final String spanish;
    private final String english;

    AgentSentence(String spanish, String english) {
        this.spanish = spanish;
        this.english = english;
    }

    /** The sentence, its blanks filled with {@code details}. */
    public String say(Language language, Object... details) {
        return String.format(language == Language.EN ? english : spanish, details);
    }
}
