package io.cita.domain.client;

import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a client may be reached: the channels chosen (none chosen: e-mail when the client has an address, else the
 * business's phone channel), consent to transactional messages (bookings, reminders), to marketing and to being asked
 * for feedback after a visit, and the channels the client left by answering STOP; nothing is ever sent on a channel
 * left or without consent.
 */
public record ContactPreferences(List<DeliveryChannel> channels, boolean transactionalConsent,
                                 boolean marketingConsent, boolean feedbackConsent, Set<DeliveryChannel> optedOut) {
    /** A new client's: the default channels, transactional messages yes, marketing and feedback no, no channel left. */
    public static final ContactPreferences DEFAULT = new ContactPreferences(List.of(), true, false, false, Set.of());
    /** Consent to nothing: an erased client's. */
    public static final ContactPreferences NOTHING = new ContactPreferences(List.of(), false, false, false, Set.of());

    public ContactPreferences {
        channels = channels == null ? List.of() : List.copyOf(new LinkedHashSet<>(channels));
        optedOut = optedOut == null || optedOut.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(optedOut));
        if (channels.contains(DeliveryChannel.WEBHOOK)) {
            throw new InvalidValueException("channels may be EMAIL, SMS and WHATSAPP");
        }
    }

    /** The same preferences with the client's own choice of channels and consents (what was left stays left). */
    public ContactPreferences chosen(List<DeliveryChannel> newChannels, boolean transactional, boolean marketing,
                                     boolean feedback) {
        return new ContactPreferences(newChannels, transactional, marketing, feedback, optedOut);
    }

    /** Whether the client left {@code channel} (answered STOP on it). */
    public boolean hasLeft(DeliveryChannel channel) {
        return optedOut.contains(channel);
    }

    /** The preferences after the client left {@code channel}. */
    public ContactPreferences leaving(DeliveryChannel channel) {
        Set<DeliveryChannel> left = EnumSet.of(channel);
        left.addAll(optedOut);
        return new ContactPreferences(channels, transactionalConsent, marketingConsent, feedbackConsent, left);
    }

    /** The same preferences with consent to feedback requests given (what else was chosen or left stays). */
    public ContactPreferences consentingToFeedback() {
        return new ContactPreferences(channels, transactionalConsent, marketingConsent, true, optedOut);
    }

    /** Whether the client may be asked for feedback on {@code channel}: they consented and have not left it. */
    public boolean mayBeAskedForFeedbackOn(DeliveryChannel channel) {
        return feedbackConsent && !optedOut.contains(channel);
    }

    /**
     * The channels a transactional message goes out on, for a client with or without an e-mail address and a phone
     * number, where {@code phoneChannel} is the business's channel for phones (SMS or WhatsApp).
     */
    public List<DeliveryChannel> transactionalChannels(boolean hasEmail, boolean hasPhone,
                                                       DeliveryChannel phoneChannel) {
        if (!transactionalConsent) {
            return List.of();
        }
        List<DeliveryChannel> wanted = channels.isEmpty()
                ? List.of(hasEmail ? DeliveryChannel.EMAIL : phoneChannel) : channels;
        List<DeliveryChannel> usable = new ArrayList<>();
        for (DeliveryChannel channel : wanted) {
            boolean reachable = channel.reachesAPhone() ? hasPhone : hasEmail;
            if (reachable && !optedOut.contains(channel)) {
                usable.add(channel);
            }
        }
        return usable;
    }
}
