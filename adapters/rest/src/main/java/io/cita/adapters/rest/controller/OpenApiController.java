package io.cita.adapters.rest.controller;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Serves the OpenAPI document generated at build time from the controllers. */
@Controller
@Hidden
@OpenAPIDefinition(info = @Info(title = "Cita", version = "1",
        description = "Multi-tenant appointment booking: catalog, schedules, availability, holds and bookings"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class OpenApiController {
    private static final String DOCUMENT = "META-INF/swagger/openapi.yml";

    @Get(value = "/openapi.yml", produces = "application/yaml")
    public HttpResponse<String> document() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                return HttpResponse.notFound();
            }
            return HttpResponse.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .contentType(MediaType.of("application/yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
