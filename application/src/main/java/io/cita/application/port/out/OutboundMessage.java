package io.cita.application.port.out;

import java.util.List;

/**
 * A chat message to a customer: plain text, up to three reply buttons, or a list of up to ten rows. Option ids come
 * back in the customer's interactive reply.
 */
public record OutboundMessage(String to, String fromNumberId, String text, List<Option> buttons, String listButton,
                              List<Option> rows) {
    /** One button or list row. */
    public record Option(String id, String title, String description) {
    }

    public OutboundMessage {
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    public static OutboundMessage text(String to, String fromNumberId, String text) {
        return new OutboundMessage(to, fromNumberId, text, List.of(), null, List.of());
    }
}
