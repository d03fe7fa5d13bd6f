package io.cita.adapters.rest.openapi;

import io.cita.adapters.rest.problem.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Documents the 409 of a write that can collide with another: a taken slot, a duplicate, a request in flight. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "409", description = "The slot was taken meanwhile (`slot-unavailable`), the value is taken "
        + "or the entity changed meanwhile (`conflict`), or a request with the same Idempotency-Key is still in flight "
        + "(`request-in-progress`)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public @interface ConflictProblems {
}
