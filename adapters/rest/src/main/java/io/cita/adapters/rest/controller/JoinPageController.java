package io.cita.adapters.rest.controller;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The page an invitation's e-mail links to ({@code /join?token=...}): a form for the password (and a new account's
 * name) whose script posts them with the token to {@code POST /v1/invitations/accept}; static, so the token never
 * reaches a server log as part of a page's path, and the page needs no inline script.
 */
@Controller
@Hidden
public class JoinPageController {
    private static final String PAGE = resource("pages/join.html");
    private static final String SCRIPT = resource("pages/join.js");

    @Get("/join")
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        return PAGE;
    }

    @Get("/join.js")
    @Produces("text/javascript")
    public String script() {
        return SCRIPT;
    }

    private static String resource(String name) {
        try (InputStream in = JoinPageController.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
