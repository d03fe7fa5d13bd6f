package io.cita.domain.agent;

import io.cita.domain.tenant.Language;
import java.util.Locale;

/**
 * Why an agent's tool call could not do what it asked, as a code an agent can act on and a short sentence in the
 * tenant's language it can say; a failure is an answer, never an exception.
 */
public enum AgentFailure {
    UNKNOWN_TOOL("No conozco esa herramienta.", "I do not know that tool."),
    INVALID_ARGUMENT("Falta un dato o no es válido: %s.", "A detail is missing or not valid: %s."),
    UNKNOWN_SERVICE("No encontré ese servicio. Los más parecidos son: %s.",
            "I could not find that service. The closest are: %s."),
    SLOT_TAKEN("Ese horario ya no está libre.", "That time is no longer free."),
    HOLD_EXPIRED("La reserva provisional ya venció; busquemos otro horario.",
            "The provisional hold has expired; let us find another time."),
    CALLER_UNKNOWN("Necesito el número de teléfono de la persona.", "I need the person's phone number."),
    BOOKING_NOT_FOUND("No encontré esa cita para este número de teléfono.",
            "I could not find that appointment for this phone number."),
    OUTSIDE_CANCELLATION_WINDOW("Esa cita ya no se puede cancelar ni mover por aquí; hay que llamar al negocio.",
            "That appointment can no longer be cancelled or moved here; please contact the business."),
    PLAN_LIMIT_REACHED("El negocio no puede tomar más reservas este mes.",
            "The business cannot take more bookings this month."),
    BUSY("Un momento, sigo con la consulta anterior.", "One moment, I am still on the previous request."),
    BUSINESS_UNAVAILABLE("Lo sentimos, el negocio no está tomando reservas en este momento.",
            "Sorry, the business is not taking bookings at the moment.");

    private final String spanish;
    private final String english;

    AgentFailure(String spanish, String english) {
        this.spanish = spanish;
        this.english = english;
    }

    /** The code on the wire: {@code slot_taken}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The sentence to say, its blanks filled with {@code details}. */
    public String sentence(Language language, Object... details) {
        return String.format(language == Language.EN ? english : spanish, details);
    }
}
