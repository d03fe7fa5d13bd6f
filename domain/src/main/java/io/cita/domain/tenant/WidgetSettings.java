package io.cita.domain.tenant;

import io.cita.domain.shared.InvalidValueException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A business's booking widget settings among its tenant settings (seed 000's {@code settings.widget}): its primary
 * colour ({@value #PRIMARY_COLOR_SETTING}, {@code #RRGGBB}) and the language it opens in
 * ({@value #LANGUAGE_SETTING}: es or en; the business's own language by default).
 */
public final class WidgetSettings {
    public static final String PRIMARY_COLOR_SETTING = "widget.primaryColor";
    public static final String LANGUAGE_SETTING = "widget.language";
    /** The colour a widget has until its business picks one. */
    public static final String DEFAULT_PRIMARY_COLOR = "#0F766E";

    private WidgetSettings() {
    }

    /** The widget's primary colour, {@code #RRGGBB} upper-cased; the default when none is set. */
    public static String primaryColor(Map<String, String> settings) {
        String value = Optional.ofNullable(settings.get(PRIMARY_COLOR_SETTING)).map(String::strip).orElse("");
        if (value.isEmpty()) {
            return DEFAULT_PRIMARY_COLOR;
        }
        if (!value.matches("#[0-9A-Fa-f]{6}")) {
            throw new InvalidValueException(PRIMARY_COLOR_SETTING + " must be a colour #RRGGBB");
        }
        return value.toUpperCase(Locale.ROOT);
    }

    /** The language the widget opens in; {@code fallback} (the business's) when none is set. */
    public static Language language(Map<String, String> settings, Language fallback) {
        String value = Optional.ofNullable(settings.get(LANGUAGE_SETTING)).map(String::strip).orElse("");
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Language.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(LANGUAGE_SETTING + " must be es or en");
        }
    }

    /** Refuses settings that name a widget setting wrongly, naming it. */
    public static void check(Map<String, String> settings) {
        primaryColor(settings);
        language(settings, Language.ES);
    }
}
