package io.cita.application.service.agent;

import io.cita.application.error.InvalidRequestException;
import java.util.Map;

/** An agent's arguments read by name and type; a missing or wrong one is refused naming it. */
final class AgentArguments {
    private static final int MAX_TEXT = 500;

    private final Map<String, Object> values;

    AgentArguments(Map<String, Object> values) {
        this.values = values;
    }

    /** The text under {@code name}, or null when absent or blank; numbers are read as their text. */
    String text(String name) {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String) && !(value instanceof Number)) {
            throw new InvalidRequestException(name, name + " must be a string");
        }
        String text = value.toString().strip();
        if (text.length() > MAX_TEXT) {
            throw new InvalidRequestException(name, name + " must be at most " + MAX_TEXT + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    String required(String name) {
        String text = text(name);
        if (text == null) {
            throw new InvalidRequestException(name, name + " is required");
        }
        return text;
    }

    /** The whole number under {@code name} within {@code min..max}, or {@code fallback} when absent. */
    int count(String name, int min, int max, int fallback) {
        Object value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = value instanceof Number n ? Math.toIntExact(n.longValue())
                    : Integer.parseInt(value.toString().strip());
            if (number < min || number > max) {
                throw new InvalidRequestException(name, name + " must be " + min + "-" + max);
            }
            return number;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidRequestException(name, name + " must be a whole number");
        }
    }
}
