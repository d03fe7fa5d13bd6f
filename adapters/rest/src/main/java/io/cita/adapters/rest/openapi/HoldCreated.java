package io.cita.adapters.rest.openapi;

import io.cita.adapters.rest.dto.BookingJson;
import io.micronaut.http.MediaType;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents the 201 of an idempotent hold creation, whose method answers an HttpResponse the document cannot
 * see into: the created hold, or the stored answer when an Idempotency-Key is replayed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "201", description = "The hold; a replay with the same Idempotency-Key answers the stored "
        + "response", content = @Content(mediaType = MediaType.APPLICATION_JSON,
        schema = @Schema(implementation = BookingJson.HoldResponse.class)))
public @interface HoldCreated {
}
