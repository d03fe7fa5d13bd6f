package io.cita.adapters.rest.openapi;

/**
 * What the 201 of an idempotent creation says. Its method answers an HttpResponse the document cannot see into, so
 * the method names the created schema itself with {@code @ApiResponse(responseCode = "201", ...)}: a meta-annotation
 * would not replace the default 200 that micronaut-openapi adds.
 */
public final class Created {
    public static final String BOOKING = "The booking; a replay with the same Idempotency-Key answers the stored one";
    public static final String HOLD = "The hold; a replay with the same Idempotency-Key answers the stored one";

    private Created() {
    }
}
