package io.cita.domain.notification;

import io.cita.domain.shared.InvalidValueException;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A notification's subject and body with {@code {{variables}}} (seed 001's notification_templates): only the known
 * variables may appear, checked when the template is made, not when a message is sent.
 */
public record MessageTemplate(NotificationKind kind, String subject, String body) {
    /** What a template may name. */
    public static final Set<String> VARIABLES = Set.of("client.firstName", "service.name", "start.local",
            "business.name", "reference", "link");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\{?\\s*([^}\\s]+)\\s*}}}?");

    public MessageTemplate {
        Objects.requireNonNull(kind, "kind");
        if (subject == null || subject.isBlank() || subject.length() > 200) {
            throw new InvalidValueException("subject must be 1-200 characters");
        }
        if (body == null || body.isBlank() || body.length() > 20_000) {
            throw new InvalidValueException("body must be 1-20000 characters");
        }
        refuseUnknown("subject", subject);
        refuseUnknown("body", body);
    }

    private static void refuseUnknown(String field, String text) {
        Set<String> unknown = new LinkedHashSet<>(variables(text));
        unknown.removeAll(VARIABLES);
        if (!unknown.isEmpty()) {
            throw new InvalidValueException(field + " names unknown variables " + unknown + "; known: "
                    + new TreeSet<>(VARIABLES));
        }
    }

    /** The variables a text names. */
    static Set<String> variables(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = VARIABLE.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
