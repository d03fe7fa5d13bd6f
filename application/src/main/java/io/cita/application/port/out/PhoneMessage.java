package io.cita.application.port.out;

import java.util.List;

/**
 * A message to a phone, in the forms each channel needs: the plain {@code text} (SMS), and the approved
 * {@code template} with its language and {@code parameters} in order (WhatsApp), sent from the business's own
 * WhatsApp number when it has one ({@code fromNumberId}, else null for Cita's shared number).
 */
public record PhoneMessage(String text, String template, String language, List<String> parameters,
                           String fromNumberId) {
    public PhoneMessage {
        parameters = List.copyOf(parameters);
    }
}
