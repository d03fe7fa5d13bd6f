package io.cita.domain.conversation;

import java.util.Locale;
import java.util.Map;

/**
 * Where a booking chat stands (seed 002's inicio, eligiendo_servicio, eligiendo_fecha, eligiendo_horario,
 * confirmando, finalizado), plus the customer looking at their own bookings.
 */
public enum ConversationState {
    START, CHOOSING_SERVICE, CHOOSING_DATE, CHOOSING_TIME, CONFIRMING, DONE, MY_BOOKINGS;

    /** The names other writers of the same tables use: seed 000's "waiting for" states and seed 002's own. */
    private static final Map<String, ConversationState> FOREIGN_NAMES = Map.ofEntries(
            Map.entry("SERVICE_PENDING", CHOOSING_SERVICE), Map.entry("DATE_PENDING", CHOOSING_DATE),
            Map.entry("DATETIME_PENDING", CHOOSING_DATE), Map.entry("TIME_PENDING", CHOOSING_TIME),
            Map.entry("CONFIRMATION_PENDING", CONFIRMING), Map.entry("INICIO", START),
            Map.entry("ELIGIENDO_SERVICIO", CHOOSING_SERVICE), Map.entry("ELIGIENDO_FECHA", CHOOSING_DATE),
            Map.entry("ELIGIENDO_HORARIO", CHOOSING_TIME), Map.entry("CONFIRMANDO", CONFIRMING),
            Map.entry("FINALIZADO", DONE));

    /**
     * A stored state: Cita's own names, seed 000's ({@code SERVICE_PENDING}...) and seed 002's; a name nobody knows
     * starts the conversation over rather than failing the customer's message.
     */
    public static ConversationState fromStored(String stored) {
        if (stored == null) {
            return START;
        }
        String name = stored.trim().toUpperCase(Locale.ROOT);
        for (ConversationState state : values()) {
            if (state.name().equals(name)) {
                return state;
            }
        }
        return FOREIGN_NAMES.getOrDefault(name, START);
    }
}
