package io.cita.adapters.rest.problem;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;

/** Builds problem+json responses; the one place that knows each error code's status and title. */
public final class Problems {
    private Problems() {
    }

    public static MutableHttpResponse<Problem> response(Problem problem) {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status())).body(problem)
                .contentType(Problem.MEDIA_TYPE);
    }

    public static Problem validation(String field, String message) {
        return Problem.of(400, "validation-failed", "Invalid request", field + ": " + message)
                .withErrors(List.of(new Problem.FieldError(field, message)));
    }

    public static Problem malformed(String detail) {
        return Problem.of(400, "malformed-request", "Malformed request", detail);
    }

    public static Problem notFound(String detail) {
        return Problem.of(404, "not-found", "Not found", detail);
    }

    public static Problem unauthorized(String detail) {
        return Problem.of(401, "unauthorized", "Unauthorized", detail);
    }

    public static Problem forbidden(String detail) {
        return Problem.of(403, "forbidden", "Forbidden", detail);
    }

    public static Problem internal() {
        return Problem.of(500, "internal-error", "Internal error",
                "Something went wrong on our side; the request may be retried");
    }

    public static Problem unavailable() {
        return Problem.of(503, "service-unavailable", "Service unavailable",
                "The service cannot reach its store right now; retry shortly");
    }
}
