package io.cita.adapters.rest.controller;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Serves the OpenAPI document generated at build time from the controllers. */
@Controller
@Hidden
@OpenAPIDefinition(
        info = @Info(title = "Cita", version = "1",
                description = "Multi-tenant appointment booking: catalog, schedules, availability, holds and bookings. "
                        + "Every error is application/problem+json (RFC 9457) with a stable `code`.",
                contact = @Contact(name = "Cita", url = "https://cita.io")),
        servers = @Server(url = "http://localhost:8080", description = "Cita started as the README says"),
        tags = {
            @Tag(name = "Accounts", description = "Sign-up, log-in, token refresh and log-out"),
            @Tag(name = "Tenant", description = "The business's profile, settings, monthly usage and audit log"),
            @Tag(name = "Members", description = "Who works in the business and in which role"),
            @Tag(name = "API keys", description = "Publishable keys for the widget, secret keys for servers"),
            @Tag(name = "Catalog", description = "Service categories and bookable services"),
            @Tag(name = "Resources", description = "Staff, rooms and equipment with their weekly hours and exceptions"),
            @Tag(name = "Clients", description = "The business's clients"),
            @Tag(name = "Bookings", description = "Availability, holds and the booking lifecycle"),
            @Tag(name = "Public booking", description = "What a booking widget may do with a publishable key"),
            @Tag(name = "Webhooks", description = "Signed outbound webhooks: endpoints, and the delivery log with replay"),
            @Tag(name = "Voice", description = "The voice assistant on Vapi: its set-up and the calls it took"),
            @Tag(name = "Billing", description = "The plan, status and paid subscription; checkout and portal"),
            @Tag(name = "Feedback", description = "What clients answered after their visits, and its handling"),
            @Tag(name = "Platform", description = "The platform's super-admins: every tenant, its plan and status")
        })
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT or sk_live_ key",
        description = "A staff access token from /v1/auth/login, or a secret API key of the tenant")
@SecurityScheme(name = "publishableKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        paramName = "X-Api-Key", description = "A publishable key (pk_live_) of the business, from an allowed origin")
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
