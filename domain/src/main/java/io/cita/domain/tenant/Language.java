package io.cita.domain.tenant;

import java.util.Locale;

/** The languages Cita speaks to a tenant's customers. */
public enum Language {
    ES(Locale.forLanguageTag("es")), EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale that writes dates, numbers and prices in this language. */
    public Locale locale() {
        return locale;
    }
}
