package io.cita.domain.availability;

import io.cita.domain.tenant.Language;
import java.util.Locale;

/** Why a start cannot be booked, as a machine-readable code and a short sentence in the tenant's language. */
public enum UnavailableReason {
    SERVICE_INACTIVE("El servicio no se puede reservar ahora.", "The service cannot be booked at the moment."),
    MIN_NOTICE("Es demasiado pronto: el servicio necesita más antelación.",
            "That is too soon: the service needs more notice."),
    BEYOND_ADVANCE_WINDOW("Es demasiado lejos: todavía no se puede reservar esa fecha.",
            "That is too far ahead: that date cannot be booked yet."),
    CLOSED_DAY("Ese día no se atiende.", "Nobody works that day."),
    OUTSIDE_WORKING_HOURS("A esa hora no empieza ninguna cita (fuera del horario o entre dos horas de inicio).",
            "No appointment starts at that time (outside working hours or between two start times)."),
    TAKEN("Esa hora ya está reservada.", "That time is already taken."),
    BUFFER_OVERLAP("Esa hora queda demasiado cerca de otra cita.", "That time is too close to another appointment."),
    CLASS_FULL("La clase está completa.", "The class is full."),
    PLAN_LIMIT_REACHED("El negocio ha llegado al límite de reservas de este mes.",
            "The business has reached this month's booking limit.");

    private final String spanish;
    private final String english;

    UnavailableReason(String spanish, String english) {
        this.spanish = spanish;
        this.english = english;
    }

    /** The code on the wire: {@code min_notice}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String sentence(Language language) {
        return language == Language.EN ? english : spanish;
    }
}
