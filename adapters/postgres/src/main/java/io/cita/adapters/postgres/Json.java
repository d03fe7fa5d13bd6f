package io.cita.adapters.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cita.domain.client.Client;
import io.cita.domain.shared.EmailAddress;
import io.cita.domain.shared.PhoneNumber;
import java.util.Map;
import java.util.Optional;

/** JSON for jsonb columns: tenant settings (string maps) and the audit log's before and after values. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper VALUES = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };

    private Json() {
    }

    static String write(Map<String, String> map) {
        try {
            return MAPPER.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string map always serialises", e);
        }
    }

    /** A domain value as JSON, or null for null. */
    static String render(Object value) {
        try {
            return value == null ? null : VALUES.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The client an audit value recorded (its names, e-mail and phone), or empty if it does not read as one. */
    static Optional<Client> readClient(String json) {
        try {
            JsonNode client = json == null ? null : MAPPER.readTree(json);
            return client == null || !client.hasNonNull("id") ? Optional.empty() : Optional.of(new Client(
                    client.path("id").asText(), client.path("tenantId").asText(), client.path("firstName").asText(),
                    client.path("lastName").textValue(), Optional.ofNullable(client.path("email").path("value")
                    .textValue()).map(EmailAddress::new).orElse(null), Optional.ofNullable(client.path("phone")
                    .path("value").textValue()).map(PhoneNumber::new).orElse(null), false));
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Map<String, String> readStringMap(String json) {
        try {
            return json == null ? Map.of() : MAPPER.readValue(json, STRING_MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settings column holds invalid JSON", e);
        }
    }
}
