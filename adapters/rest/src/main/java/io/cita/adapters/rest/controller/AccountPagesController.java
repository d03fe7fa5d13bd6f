package io.cita.adapters.rest.controller;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * The pages the account e-mails link to, each a static form whose script posts the link's token to the API:
 * {@code /join?token=} accepts an invitation ({@code POST /v1/invitations/accept}), {@code /signup/confirm?token=}
 * confirms a sign-up ({@code POST /v1/signup/confirm}). Nothing happens on opening a link (mail scanners open them),
 * only on the person's click; the pages run no inline script and send no referrer.
 */
@Controller
@Hidden
public class AccountPagesController {
    private static final String JOIN = ClasspathText.read("pages/join.html");
    private static final String JOIN_SCRIPT = ClasspathText.read("pages/join.js");
    private static final String CONFIRM = ClasspathText.read("pages/confirm.html");
    private static final String CONFIRM_SCRIPT = ClasspathText.read("pages/confirm.js");
    private static final String SHARED_SCRIPT = ClasspathText.read("pages/account.js");
    private static final String STYLE = ClasspathText.read("pages/account.css");

    @Get("/join")
    @Produces(MediaType.TEXT_HTML)
    public String join() {
        return JOIN;
    }

    @Get("/join.js")
    @Produces("text/javascript")
    public String joinScript() {
        return JOIN_SCRIPT;
    }

    @Get("/signup/confirm")
    @Produces(MediaType.TEXT_HTML)
    public String confirm() {
        return CONFIRM;
    }

    @Get("/signup/confirm.js")
    @Produces("text/javascript")
    public String confirmScript() {
        return CONFIRM_SCRIPT;
    }

    @Get("/account.js")
    @Produces("text/javascript")
    public String sharedScript() {
        return SHARED_SCRIPT;
    }

    @Get("/account.css")
    @Produces("text/css")
    public String style() {
        return STYLE;
    }
}
