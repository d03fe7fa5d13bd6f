package io.cita.application.port.out;

import java.time.Instant;
import java.util.Map;

/**
 * Outgoing port that renders notification templates and composes the e-mail: a template library fills the
 * variables (HTML-escaped in the body), an iCalendar library writes the invitation, a mail library the MIME message.
 */
public interface EmailComposer {
    /** {@code template} with its variables filled from {@code values}, escaped for HTML when {@code html}. */
    String render(String template, Map<String, String> values, boolean html);

    /** The whole MIME message: an HTML body and, when {@code invite} is not null, its calendar invitation. */
    String compose(String to, String subject, String html, Invite invite);

    /**
     * A calendar event of a booking: a stable uid, a sequence raised with every change, its times, what it is, and
     * whether the message cancels it (METHOD:CANCEL) rather than requests it (METHOD:REQUEST).
     */
    record Invite(String uid, long sequence, Instant start, Instant end, String summary,
                  boolean cancelled) {
    }
}
