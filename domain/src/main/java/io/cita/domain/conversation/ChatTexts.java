package io.cita.domain.conversation;

import io.cita.domain.tenant.Language;
import java.util.EnumMap;
import java.util.Map;

/** What the booking bot says, in the tenant's language. */
public final class ChatTexts {
    /** Every sentence the bot can say. */
    public enum Key {
        WELCOME, MENU_BOOK, MENU_MY_BOOKINGS, MENU_HELP, HELP, CHOOSE_SERVICE, NO_SERVICES, CHOOSE_DATE, NO_DAYS,
        DATE_NOT_UNDERSTOOD, DATE_IN_PAST, NO_SLOTS_ON_DATE, CHOOSE_TIME, TIME_NOT_OFFERED, CONFIRM, YES, NO, BOOKED,
        SLOT_TAKEN, CANCELLED, WHICH_BUSINESS, BUSINESS_NOT_FOUND, CONTACT_BUSINESS, MY_BOOKINGS, NO_BOOKINGS,
        BOOKING_CANCELLED, CANNOT_CANCEL, NOT_UNDERSTOOD, MORE, SERVICES_TITLE, DAYS_TITLE, TIMES_TITLE, BUTTON_LIST,
        OPTED_OUT, OPTED_OUT_SMS
    }

    private static final Map<Key, String> ES = new EnumMap<>(Key.class);
    private static final Map<Key, String> EN = new EnumMap<>(Key.class);

    static {
        ES.put(Key.WELCOME, "¡Hola! Te damos la bienvenida a %s. ¿Qué querés hacer?");
        ES.put(Key.MENU_BOOK, "Reservar");
        ES.put(Key.MENU_MY_BOOKINGS, "Mis reservas");
        ES.put(Key.MENU_HELP, "Ayuda");
        ES.put(Key.HELP, "Podés escribir: *menu* para empezar, *mis reservas* para ver o cancelar tus reservas, "
                + "*cancelar* para salir. Para elegir, respondé con el número de la opción.");
        ES.put(Key.CHOOSE_SERVICE, "¿Qué servicio querés reservar?");
        ES.put(Key.NO_SERVICES, "Por ahora no hay servicios para reservar por aquí. Contactá al negocio directamente.");
        ES.put(Key.CHOOSE_DATE, "¿Qué día te queda bien? Elegí uno o escribí una fecha (por ejemplo *mañana* o *25/11*).");
        ES.put(Key.NO_DAYS, "No hay turnos libres en los próximos días. Probá escribir otra fecha.");
        ES.put(Key.DATE_NOT_UNDERSTOOD, "No entendí la fecha. Probá con *hoy*, *mañana*, *viernes* o *25/11*.");
        ES.put(Key.DATE_IN_PAST, "Esa fecha ya pasó. Elegí otra, por favor.");
        ES.put(Key.NO_SLOTS_ON_DATE, "No quedan horarios libres el %s. Elegí otro día.");
        ES.put(Key.CHOOSE_TIME, "Horarios libres el %s. ¿Cuál preferís?");
        ES.put(Key.TIME_NOT_OFFERED, "Ese horario no está libre. Elegí uno de la lista.");
        ES.put(Key.CONFIRM, "¿Confirmás *%s* el %s a las %s (%s)?");
        ES.put(Key.YES, "Sí");
        ES.put(Key.NO, "No");
        ES.put(Key.BOOKED, "¡Listo! Tu reserva está confirmada. Código: *%s*. Te esperamos el %s a las %s.");
        ES.put(Key.SLOT_TAKEN, "Uy, alguien acaba de tomar ese horario. Elegí otro, por favor.");
        ES.put(Key.CANCELLED, "Listo, cancelado. Escribí *menu* cuando quieras empezar de nuevo.");
        ES.put(Key.WHICH_BUSINESS, "¿Con qué negocio querés continuar? Escribí su nombre o su código.");
        ES.put(Key.BUSINESS_NOT_FOUND, "No encontré ese negocio. Escribí su nombre o el código que te compartieron.");
        ES.put(Key.OPTED_OUT, "Listo: %s no te va a enviar más avisos por WhatsApp.");
        ES.put(Key.OPTED_OUT_SMS, "Listo: %s no te va a enviar más SMS.");
        ES.put(Key.CONTACT_BUSINESS, "Por ahora no podemos atenderte por este medio. Contactá a %s directamente.");
        ES.put(Key.MY_BOOKINGS, "Tus próximas reservas (respondé con el número para cancelar):");
        ES.put(Key.NO_BOOKINGS, "No tenés reservas próximas. Escribí *menu* para reservar.");
        ES.put(Key.BOOKING_CANCELLED, "Cancelamos tu reserva %s.");
        ES.put(Key.CANNOT_CANCEL, "Esa reserva ya no se puede cancelar por aquí. Contactá al negocio.");
        ES.put(Key.NOT_UNDERSTOOD, "No te entendí. Respondé con el número de una opción o escribí *ayuda*.");
        ES.put(Key.MORE, "Ver más");
        ES.put(Key.SERVICES_TITLE, "Servicios");
        ES.put(Key.DAYS_TITLE, "Días");
        ES.put(Key.TIMES_TITLE, "Horarios");
        ES.put(Key.BUTTON_LIST, "Elegir");
        EN.put(Key.WELCOME, "Hi! Welcome to %s. What would you like to do?");
        EN.put(Key.MENU_BOOK, "Book");
        EN.put(Key.MENU_MY_BOOKINGS, "My bookings");
        EN.put(Key.MENU_HELP, "Help");
        EN.put(Key.HELP, "You can write: *menu* to start, *my bookings* to see or cancel your bookings, *cancel* to "
                + "leave. To choose, answer with the option's number.");
        EN.put(Key.CHOOSE_SERVICE, "Which service would you like to book?");
        EN.put(Key.NO_SERVICES, "There is nothing to book here for now. Please contact the business directly.");
        EN.put(Key.CHOOSE_DATE, "Which day suits you? Pick one or write a date (for example *tomorrow* or *25/11*).");
        EN.put(Key.NO_DAYS, "There are no free times in the next days. Try writing another date.");
        EN.put(Key.DATE_NOT_UNDERSTOOD, "I did not get that date. Try *today*, *tomorrow*, *friday* or *25/11*.");
        EN.put(Key.DATE_IN_PAST, "That date has passed. Please pick another.");
        EN.put(Key.NO_SLOTS_ON_DATE, "No free times are left on %s. Please pick another day.");
        EN.put(Key.CHOOSE_TIME, "Free times on %s. Which one do you prefer?");
        EN.put(Key.TIME_NOT_OFFERED, "That time is not free. Please pick one from the list.");
        EN.put(Key.CONFIRM, "Shall I book *%s* on %s at %s (%s)?");
        EN.put(Key.YES, "Yes");
        EN.put(Key.NO, "No");
        EN.put(Key.BOOKED, "Done! Your booking is confirmed. Reference: *%s*. See you on %s at %s.");
        EN.put(Key.SLOT_TAKEN, "Oops, someone just took that time. Please pick another.");
        EN.put(Key.CANCELLED, "Cancelled. Write *menu* whenever you want to start again.");
        EN.put(Key.WHICH_BUSINESS, "Which business would you like to continue with? Write its name or its code.");
        EN.put(Key.BUSINESS_NOT_FOUND, "I could not find that business. Write its name or the code you were given.");
        EN.put(Key.OPTED_OUT, "Done: %s will not send you any more notices on WhatsApp.");
        EN.put(Key.OPTED_OUT_SMS, "Done: %s will not send you any more text messages.");
        EN.put(Key.CONTACT_BUSINESS, "We cannot help you here right now. Please contact %s directly.");
        EN.put(Key.MY_BOOKINGS, "Your upcoming bookings (answer with the number to cancel one):");
        EN.put(Key.NO_BOOKINGS, "You have no upcoming bookings. Write *menu* to book.");
        EN.put(Key.BOOKING_CANCELLED, "Your booking %s is cancelled.");
        EN.put(Key.CANNOT_CANCEL, "That booking can no longer be cancelled here. Please contact the business.");
        EN.put(Key.NOT_UNDERSTOOD, "I did not understand. Answer with an option's number or write *help*.");
        EN.put(Key.MORE, "More");
        EN.put(Key.SERVICES_TITLE, "Services");
        EN.put(Key.DAYS_TITLE, "Days");
        EN.put(Key.TIMES_TITLE, "Times");
        EN.put(Key.BUTTON_LIST, "Choose");
    }

    private ChatTexts() {
    }

    public static String say(Language language, Key key, Object... arguments) {
        String text = (language == Language.EN ? EN : ES).get(key);
        return arguments.length == 0 ? text : String.format(text, arguments);
    }
}
