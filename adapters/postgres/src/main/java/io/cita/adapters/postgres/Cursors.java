package io.cita.adapters.postgres;

import io.cita.application.error.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque page cursors: the sort key of the last item, base64url-encoded. */
final class Cursors {
    private Cursors() {
    }

    static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The decoded key; a cursor this store did not make is an invalid request. */
    static String decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String key = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (key.isEmpty() || key.length() > 200) {
                throw new InvalidRequestException("cursor", "is not valid");
            }
            return key;
        } catch (InvalidRequestException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("cursor", "is not valid");
        }
    }
}
