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

    /**
     * The confirmation of a sign-up of {{business.name}}, with its {{link}} until {{expires}}; to an address that has
     * an account already it says that confirming adds the business to that account, whose password stays.
     */
    public static Text signUpConfirmation(Language language, boolean existingAccount) {
        if (language == Language.EN) {
            return new Text("Confirm {{business.name}} on Cita", "<p>Hello,</p><p>To finish signing up "
                    + "<b>{{business.name}}</b> on Cita, confirm this address: "
                    + "<a href=\"{{link}}\">Confirm</a> ({{link}})</p>" + (existingAccount ? "<p>This address already has a Cita account: confirming adds the "
                    + "business to it, and you keep signing in with your current password.</p>" : "")
                    + "<p>The link works until {{expires}}. If you did not sign up, ignore this e-mail.</p>");
        }
        return new Text("Confirma {{business.name}} en Cita", "<p>Hola:</p><p>Para terminar de dar de alta "
                + "<b>{{business.name}}</b> en Cita, confirma esta dirección: <a href=\"{{link}}\">Confirmar</a> "
                + "({{link}})</p>" + (existingAccount ? "<p>Esta dirección ya tiene una cuenta de Cita: al confirmar, "
                + "el negocio se añade a ella y sigues entrando con tu contraseña actual.</p>" : "")
                + "<p>El enlace sirve hasta el {{expires}}. Si no te diste de alta, ignora este correo.</p>");
    }

    /** The notice to a business's owner that its subscription's payment failed, in the business's language. */
    public static Text paymentFailed(Language language) {
        return language == Language.EN
                ? new Text("{{business.name}}: the payment for Cita failed",
                        "<p>Hello,</p><p>The payment of <b>{{business.name}}</b>'s Cita subscription failed. Bookings "
                                + "keep working while the payment is retried; please update the card.</p>"
                                + "<p><a href=\"{{link}}\">Open Cita</a> ({{link}})</p>")
                : new Text("{{business.name}}: no se pudo cobrar Cita",
                        "<p>Hola:</p><p>No se pudo cobrar la suscripción de Cita de <b>{{business.name}}</b>. Las "
                                + "reservas siguen funcionando mientras se reintenta el cobro; actualiza la "
                                + "tarjeta, por favor.</p><p><a href=\"{{link}}\">Abrir Cita</a> ({{link}})</p>");
    }

    /**
     * The notice to a business's owner that its subscription's free trial ends on {{ends}}, when the first payment is
     * taken, in the business's language.
     */
    public static Text trialEnding(Language language) {
        return language == Language.EN
                ? new Text("{{business.name}}: the Cita trial ends on {{ends}}",
                        "<p>Hello,</p><p>The free trial of <b>{{business.name}}</b>'s Cita subscription ends on "
                                + "{{ends}}. The first payment is taken then; nothing else changes. To change the plan "
                                + "or the card before, open the billing page.</p>"
                                + "<p><a href=\"{{link}}\">Open Cita</a> ({{link}})</p>")
                : new Text("{{business.name}}: la prueba de Cita termina el {{ends}}",
                        "<p>Hola:</p><p>La prueba gratuita de la suscripción de Cita de <b>{{business.name}}</b> "
                                + "termina el {{ends}}. Entonces se hace el primer cobro; nada más cambia. Para "
                                + "cambiar de plan o de tarjeta antes, abre la página de facturación.</p>"
                                + "<p><a href=\"{{link}}\">Abrir Cita</a> ({{link}})</p>");
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
