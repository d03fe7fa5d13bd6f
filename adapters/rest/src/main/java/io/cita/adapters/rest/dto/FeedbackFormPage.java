package io.cita.adapters.rest.dto;

import io.cita.application.port.in.FeedbackFormUseCase.Form;
import io.cita.domain.tenant.Language;

/**
 * The private feedback form as a server-rendered page in the business's language, working without JavaScript: the
 * rating (1-5, the one given by message chosen), a comment and permission to be contacted; its answer, the error of
 * a bad field (with what was typed kept), and the page of a link that is unknown, spent or expired.
 */
public final class FeedbackFormPage {
    private FeedbackFormPage() {
    }

    /** The form, with {@code rating}, {@code comment} and {@code contact} as typed and {@code error} (or null). */
    public static String form(Form form, String token, int rating, String comment, boolean contact, String error) {
        boolean en = form.language() == Language.EN;
        StringBuilder stars = new StringBuilder();
        for (int value = 1; value <= 5; value++) {
            stars.append("<label><input type=\"radio\" name=\"rating\" value=\"").append(value).append('"')
                    .append(value == rating ? " checked" : "").append(" required> ").append(value).append("</label>");
        }
        String errorLine = error == null ? "" : "<p class=\"error\" role=\"alert\" id=\"error\">" + escape(error)
                + "</p>";
        return page(form.language(), en ? "Tell us what happened" : "Cuéntanos qué pasó",
                "<h1>" + escape(form.businessName()) + "</h1><p>" + escape(en
                        ? "Hi " + form.firstName() + ", thank you for telling us. Only " + form.businessName()
                        + " will read your answer."
                        : "Hola " + form.firstName() + ", gracias por contárnoslo. Solo " + form.businessName()
                        + " leerá tu respuesta.") + "</p>" + errorLine
                        + "<form method=\"post\" action=\"/f/" + escape(token) + "\">"
                        + "<fieldset class=\"stars\"><legend>" + (en ? "Your rating (5 is the best)"
                        : "Tu valoración (5 es la mejor)") + "</legend>" + stars + "</fieldset>"
                        + "<label for=\"comment\">" + (en ? "What happened?" : "¿Qué pasó?") + "</label>"
                        + "<textarea id=\"comment\" name=\"comment\" maxlength=\"2000\">" + escape(comment)
                        + "</textarea><label class=\"check\"><input type=\"checkbox\" name=\"contact\" value=\"yes\""
                        + (contact ? " checked" : "") + "> " + (en ? "You may contact me about it"
                        : "Podéis contactarme sobre esto") + "</label><button type=\"submit\">"
                        + (en ? "Send" : "Enviar") + "</button></form>");
    }

    /** What the client is told of a bad {@code field}, in {@code language}. */
    public static String problem(Language language, String field) {
        boolean en = language == Language.EN;
        if ("rating".equals(field)) {
            return en ? "Choose a rating from 1 to 5." : "Elige una valoración del 1 al 5.";
        }
        return en ? "The comment can be at most 2000 characters." : "El comentario puede tener 2000 caracteres como "
                + "mucho.";
    }

    /** The thanks once the form is sent. */
    public static String thanks(Form form) {
        boolean en = form.language() == Language.EN;
        return page(form.language(), en ? "Thank you" : "Gracias", "<h1>" + (en ? "Thank you" : "Gracias")
                + "</h1><p role=\"status\">" + escape(en ? form.businessName() + " has your answer."
                : form.businessName() + " ya tiene tu respuesta.") + "</p>");
    }

    /** A link that is unknown, spent or expired, told in both languages since the business is not known. */
    public static String gone() {
        return page(Language.ES, "Enlace no válido · Link not valid", "<h1>Enlace no válido · Link not valid</h1>"
                + "<p>Este enlace ya se usó o caducó.<br>This link was already used or has expired.</p>");
    }

    private static String page(Language language, String title, String body) {
        return "<!doctype html><html lang=\"" + (language == Language.EN ? "en" : "es") + "\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + escape(title) + "</title>"
                + "<link rel=\"stylesheet\" href=\"/account.css\"></head><body>" + body + "</body></html>";
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
