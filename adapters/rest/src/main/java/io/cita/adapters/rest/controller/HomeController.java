package io.cita.adapters.rest.controller;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Hidden;

/** The landing page: what this is and where the API description lives. */
@Controller
@Hidden
public class HomeController {
    private static final String PAGE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Cita API</title></head>
            <body>
            <h1>Cita</h1>
            <p>Multi-tenant appointment booking API.</p>
            <ul>
              <li><a href="/swagger-ui/">Browse the API (Swagger UI)</a></li>
              <li><a href="/openapi.yml">OpenAPI document</a></li>
              <li><a href="/health">Health</a></li>
            </ul>
            </body></html>
            """;

    @Get
    @Produces(MediaType.TEXT_HTML)
    public String home() {
        return PAGE;
    }
}
