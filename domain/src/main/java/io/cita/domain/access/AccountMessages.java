package io.cita.domain.access;

import io.cita.domain.tenant.Language;

/**
 * The texts of the e-mails about a person's account, in each language: subject and HTML body with {{placeholders}}
 * (filled and escaped by the template library). Not tenant templates: they speak for Cita, not for a business.
 */
public final class AccountMessages {
    /** A subject and body. */
    public record Text(String subject, String body) {
    }

    private AccountMessages() {
    }

    /** The invitation to join {{business.name}} as {{role}}, with its single-use {{link}} and {{expires}}. */
    public static Text invitation(Language language) {
        return language == Language.EN
                ? new Text("Join {{business.name}} on Cita",
                "<p>Hello{{greeting}},</p><p>{{business.name}} invites you to join its team on Cita as "
                        + "<b>{{role}}</b>.</p><p><a href=\"{{link}}\">Accept the invitation</a> ({{link}})</p>"
                        + "<p>The link works once, until {{expires}}. If you did not expect it, ignore this e-mail."
                        + "</p>")
                : new Text("Únete a {{business.name}} en Cita",
                "<p>Hola{{greeting}}:</p><p>{{business.name}} te invita a unirte a su equipo en Cita como "
                        + "<b>{{role}}</b>.</p><p><a href=\"{{link}}\">Aceptar la invitación</a> ({{link}})</p>"
                        + "<p>El enlace sirve una vez, hasta el {{expires}}. Si no lo esperabas, ignora este correo."
                        + "</p>");
    }

    /** The notice that an account's logins are slowed after {{failures}} failed tries, in both languages. */
    public static Text loginSlowed() {
        return new Text("Cita: intentos de acceso fallidos · failed sign-in attempts",
                "<p>Hubo {{failures}} intentos fallidos de entrar en tu cuenta de Cita desde otras direcciones. "
                        + "Para protegerla, esas direcciones esperan entre intentos; tú puedes seguir entrando como "
                        + "siempre. Si no fuiste tú, cambia tu contraseña.</p>"
                        + "<p>There were {{failures}} failed attempts to sign in to your Cita account from other "
                        + "addresses. To protect it, those addresses now wait between tries; you can still sign in as "
                        + "usual. If it was not you, change your password.</p>");
    }
}
