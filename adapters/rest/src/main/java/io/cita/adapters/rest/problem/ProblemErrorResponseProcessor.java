package io.cita.adapters.rest.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.micronaut.context.annotation.Primary;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns every error Micronaut itself answers (no route, wrong method, unreadable JSON, wrong types, body too large)
 * into problem+json, naming the field where Jackson knows it and never echoing exception text.
 */
@Singleton
@Primary
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> base) {
        int status = base.code();
        Problem problem = switch (status) {
            case 400 -> badRequest(context);
            case 401 -> Problems.unauthorized("Authentication is required");
            case 403 -> Problems.forbidden("Not allowed");
            case 404 -> Problems.notFound("No such resource");
            case 405 -> Problem.of(405, "method-not-allowed", "Method not allowed", "This method is not allowed here");
            case 406 -> Problem.of(406, "not-acceptable", "Not acceptable", "The service answers in JSON");
            case 413 -> Problem.of(413, "payload-too-large", "Payload too large", "The request body exceeds 1 MiB");
            case 415 -> Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    "Send the body as application/json");
            case 503 -> Problems.unavailable();
            default -> status >= 500 ? Problems.internal()
                    : Problem.of(status, "request-failed", "Request failed", "The request could not be processed");
        };
        return Problems.response(problem);
    }

    private static Problem badRequest(ErrorContext context) {
        Throwable cause = context.getRootCause().orElse(null);
        Optional<String> twice = DuplicateFields.in(cause);
        if (twice.isPresent()) {
            return DuplicateFields.problem(twice.get());
        }
        while (cause instanceof ConversionErrorException conversion && conversion.getCause() != null) {
            cause = conversion.getCause();
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return Problems.validation(path(unknown), "unknown property");
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return Problems.validation(path(mapping), "has the wrong type or format");
        }
        if (cause instanceof JsonProcessingException) {
            return Problems.malformed("The body is not valid JSON");
        }
        if (context.getRootCause().orElse(null) instanceof ConversionErrorException conversion) {
            return Problems.validation(conversion.getArgument().getName(), "has the wrong type or format");
        }
        return Problems.malformed("The request could not be read");
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : String.valueOf(reference.getIndex()))
                .collect(Collectors.joining("."));
    }
}
