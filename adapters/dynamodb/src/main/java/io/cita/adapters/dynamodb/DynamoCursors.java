package io.cita.adapters.dynamodb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cita.application.error.InvalidRequestException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Opaque page cursors made from a LastEvaluatedKey (string attributes only), base64url-encoded JSON. */
final class DynamoCursors {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };

    private DynamoCursors() {
    }

    static String encode(Map<String, AttributeValue> lastKey) {
        if (lastKey == null || lastKey.isEmpty()) {
            return null;
        }
        Map<String, String> plain = new LinkedHashMap<>();
        lastKey.forEach((name, value) -> plain.put(name, value.s()));
        try {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(JSON.writeValueAsString(plain).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string map always serialises", e);
        }
    }

    /** The start key of the next page, or null; a cursor this store did not make is an invalid request. */
    static Map<String, AttributeValue> decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            Map<String, String> plain = JSON.readValue(Base64.getUrlDecoder().decode(cursor), STRING_MAP);
            Map<String, AttributeValue> key = new LinkedHashMap<>();
            plain.forEach((name, value) -> key.put(name, AttributeValue.fromS(value)));
            if (key.isEmpty()) {
                throw new InvalidRequestException("cursor", "is not valid");
            }
            return key;
        } catch (IllegalArgumentException | IOException e) {
            throw new InvalidRequestException("cursor", "is not valid");
        }
    }
}
