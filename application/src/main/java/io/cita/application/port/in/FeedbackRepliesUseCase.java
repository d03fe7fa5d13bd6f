package io.cita.application.port.in;

import io.cita.domain.delivery.DeliveryChannel;

/** Incoming port for a client's message that may answer a request for feedback. */
public interface FeedbackRepliesUseCase {
    /**
     * Takes {@code text} from {@code phone} on {@code channel} (the provider's message id {@code messageId}) as the
     * answer to the request asked last of that phone, if it awaits one: a rating is thanked with the review link or
     * the private form's, an opt-out closes the request (and is left to the caller to opt the
     * phone out), anything else is answered with help the first time and left
     * to the caller after that. Whether the message was taken as such an answer. The caller made sure the message is
     * taken once.
     */
    boolean receive(DeliveryChannel channel, String phone, String text, String messageId);

    /** As {@link #receive}, for a provider that may deliver a message twice: a second delivery does nothing. */
    boolean receiveOnce(DeliveryChannel channel, String phone, String text, String messageId);
}
