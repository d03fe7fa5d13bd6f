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

/**
 * Documents, on every operation of a controller, the problem+json answers any request can get: a malformed or
 * invalid request, no or a bad credential, a forbidden action, an unknown resource, too many requests, a store
 * that cannot be reached.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ApiResponse(responseCode = "400", description = "The request is malformed (`malformed-request`) or a field is invalid "
        + "(`validation-failed`, with `errors` naming each field)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "401", description = "No credential, or one that is expired or revoked (`unauthorized`)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "403", description = "The role may not do this (`forbidden`), the plan allows no more "
        + "(`plan-limit-exceeded`, with `limit`), or the business is not active (`business-unavailable`)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "404", description = "No such resource, or one of another tenant (`not-found`)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "429", description = "Too many requests (`rate-limited`); `Retry-After` says when to "
        + "try again", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "503", description = "The store cannot be reached (`service-unavailable`); "
        + "`Retry-After` says when to try again",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public @interface CommonProblems {
}
