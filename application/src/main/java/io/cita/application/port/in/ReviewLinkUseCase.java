package io.cita.application.port.in;

import java.util.Optional;

/** Incoming port of the review link a happy client is texted: Cita's redirect, which counts the first click. */
public interface ReviewLinkUseCase {
    /** Where the link of request {@code feedbackId} leads (its business's review page); empty for none. */
    Optional<String> follow(String feedbackId);
}
