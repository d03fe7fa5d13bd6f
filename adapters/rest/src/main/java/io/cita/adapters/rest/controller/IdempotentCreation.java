package io.cita.adapters.rest.controller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cita.adapters.rest.problem.Problem;
import io.cita.adapters.rest.problem.Problems;
import io.cita.application.error.InvalidRequestException;
import io.cita.application.port.in.IdempotencyUseCase;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Runs a creating POST under an optional Idempotency-Key: a replay answers the stored 201 body, the same key with
 * another body is 422, a key still in flight is 409. Failed requests release the key so they can be retried.
 */
@Singleton
public class IdempotentCreation {
    private final IdempotencyUseCase idempotency;
    private final ObjectMapper json;

    public IdempotentCreation(IdempotencyUseCase idempotency, ObjectMapper json) {
        this.idempotency = idempotency;
        this.json = json;
    }

    public HttpResponse<?> run(String tenantId, String rawKey, String operation, Object request,
                               Supplier<Object> create) {
        if (rawKey == null) {
            return HttpResponse.created(create.get());
        }
        String key = rawKey.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (key.isEmpty() || key.length() > 255) {
            throw new InvalidRequestException("Idempotency-Key", "must be 1-255 characters");
        }
        String scopedKey = operation + ":" + key;
        IdempotencyUseCase.Claim claim = idempotency.claim(tenantId, scopedKey, fingerprint(operation, request));
        if (claim instanceof IdempotencyUseCase.Replay replay) {
            return HttpResponse.status(HttpStatus.valueOf(replay.status())).body(replay.body())
                    .contentType(MediaType.APPLICATION_JSON_TYPE).header("Idempotent-Replayed", "true");
        }
        if (claim instanceof IdempotencyUseCase.KeyReused) {
            return Problems.response(Problem.of(422, "idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was used with a different request"));
        }
        if (claim instanceof IdempotencyUseCase.InFlight) {
            return Problems.response(Problem.of(409, "request-in-progress", "Request in progress",
                    "A request with this Idempotency-Key is still being processed")).header("Retry-After", "1");
        }
        try {
            Object created = create.get();
            idempotency.complete(tenantId, scopedKey, 201, write(created));
            return HttpResponse.created(created);
        } catch (RuntimeException e) {
            idempotency.release(tenantId, scopedKey);
            throw e;
        }
    }

    private String fingerprint(String operation, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response records always serialise", e);
        }
    }
}
