package io.cita.domain.conversation;

import java.util.Optional;

/** The fixed options the flow offers as buttons or list rows; the id is what comes back when a customer picks one. */
public enum ChatOption {
    BOOK("book"), MY_BOOKINGS("mine"), HELP("help"), MORE("more"), YES("yes"), NO("no");

    private final String id;

    ChatOption(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The option a reply id names, if it names one (other reply ids are offered services, days, times, bookings). */
    public static Optional<ChatOption> fromId(String id) {
        for (ChatOption option : values()) {
            if (option.id.equals(id)) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }
}
