package io.cita.application.port.in;

/**
 * A customer's chat message: their phone (digits, as WhatsApp gives it), the number it was sent to, its text or the
 * id of the button or list row they picked, and the name on their profile.
 */
public record ChatMessage(String messageId, String phone, String toNumberId, String text, String replyId,
                          String profileName) {
    /** The customer's phone in E.164 ({@code +} and its digits), as clients, opt-outs and feedback keep it. */
    public String e164Phone() {
        return "+" + phone.replaceAll("\\D", "");
    }
}
