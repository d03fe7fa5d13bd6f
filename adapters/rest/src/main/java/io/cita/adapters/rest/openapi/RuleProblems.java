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

/** Documents the 422 of a booking write that a booking rule refuses, or an Idempotency-Key reused for another body. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "422", description = "A booking rule refuses it (`booking-rule-violated`, with `rule`: "
        + "OUTSIDE_AVAILABILITY, MIN_NOTICE, MAX_ADVANCE, IN_PAST, SERVICE_INACTIVE, RESOURCE_NOT_ELIGIBLE, "
        + "CAPACITY_EXCEEDED, CANCELLATION_TOO_LATE, INVALID_TRANSITION), or the Idempotency-Key was used for another "
        + "request (`idempotency-key-reused`)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public @interface RuleProblems {
}
