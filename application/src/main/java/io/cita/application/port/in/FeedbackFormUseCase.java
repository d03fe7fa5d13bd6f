package io.cita.application.port.in;

import io.cita.domain.tenant.Language;
import java.util.Optional;

/** Incoming port of the private feedback form an unhappy client is sent to: single use, open for 14 days. */
public interface FeedbackFormUseCase {
    /** What the form shows: the business, in its language, the client's first name and the rating they gave. */
    record Form(String businessName, Language language, String firstName, int rating) {
    }

    /** The form behind {@code token}; empty when the token is unknown, spent or expired. */
    Optional<Form> open(String token);

    /**
     * Sends the form: the rating (1-5), the comment (at most 2000 characters) and whether the business may contact the
     * client; the token is spent. Empty when the token is unknown, spent or expired; a bad field is refused, naming it.
     */
    Optional<Form> answer(String token, int rating, String comment, boolean mayContact);
}
