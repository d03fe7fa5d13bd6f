package io.cita.domain.feedback;

import io.cita.domain.shared.TimeOrder;
import java.time.Instant;
import java.util.UUID;

/**
 * Ids of requests for feedback: {@code fbk_}, nine base-36 digits of the epoch milliseconds asked, then a hash of the
 * business and the subject (a booking, an imported visit). The same request is the same id however often it is
 * made, ids are unique across businesses, and their order is the order asked, so a period is a range of ids.
 */
public final class FeedbackIds {
    private static final String PREFIX = "fbk_";
    private static final int HASH_DIGITS = 24;

    private FeedbackIds() {
    }

    /** The id of the request about {@code subject} at business {@code tenantId}, asked at {@code askedAt}. */
    public static String of(String tenantId, String subject, Instant askedAt) {
        String hash = UUID.nameUUIDFromBytes(utf16("feedback-request|" + tenantId + "|" + subject)).toString()
                .replace("-", "");
        return floor(askedAt) + hash.substring(0, HASH_DIGITS);
    }

    /** The text's UTF-16 code units, two bytes each, high first: the same bytes on every platform. */
    private static byte[] utf16(String text) {
        byte[] bytes = new byte[text.length() * 2];
        for (int i = 0; i < text.length(); i++) {
            bytes[2 * i] = (byte) (text.charAt(i) >> 8);
            bytes[2 * i + 1] = (byte) text.charAt(i);
        }
        return bytes;
    }

    /** What every id asked at or after {@code at} sorts after, and every id asked before it sorts before. */
    public static String floor(Instant at) {
        return PREFIX + TimeOrder.digits(at);
    }
}
