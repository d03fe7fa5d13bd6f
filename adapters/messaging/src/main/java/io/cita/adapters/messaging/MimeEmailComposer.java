package io.cita.adapters.messaging;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import io.cita.application.port.out.EmailComposer;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Renders templates with JMustache (HTML-escaped in bodies; a missing variable is an error, not a blank), writes the
 * invitation with ical4j (UTC times, a stable UID, SEQUENCE, METHOD:REQUEST or CANCEL) and composes the MIME message
 * with Jakarta Mail: an HTML part and the invitation as a text/calendar part with its .ics file name.
 */
@Singleton
public class MimeEmailComposer implements EmailComposer {
    private final Session session = Session.getInstance(new Properties());
    private final Mustache.Compiler html = Mustache.compiler().strictSections(true).withEscaper(Escapers.HTML);
    private final Mustache.Compiler text = Mustache.compiler().strictSections(true).withEscaper(Escapers.NONE);
    private final String from;

    public MimeEmailComposer(@Value("${cita.email.from:Cita <no-reply@cita.localhost>}") String from) {
        this.from = from;
    }

    @Override
    public String render(String template, Map<String, String> values, boolean escapeHtml) {
        return (escapeHtml ? html : text).compile(template).execute(values);
    }

    @Override
    public String compose(String to, String subject, String htmlBody, Invite invite) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject, "UTF-8");
            message.setSentDate(new Date());
            MimeMultipart parts = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setText(htmlBody, "UTF-8", "html");
            parts.addBodyPart(body);
            if (invite != null) {
                String method = invite.cancelled() ? "CANCEL" : "REQUEST";
                MimeBodyPart calendar = new MimeBodyPart();
                calendar.setText(ics(invite), "UTF-8", "calendar");
                calendar.setHeader("Content-Type", "text/calendar; charset=UTF-8; method=" + method);
                calendar.setFileName(invite.cancelled() ? "cancel.ics" : "invite.ics");
                parts.addBodyPart(calendar);
            }
            message.setContent(parts);
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("could not compose the e-mail to " + to, e);
        }
    }

    private static String ics(Invite invite) throws IOException {
        VEvent event = new VEvent(invite.start(), invite.end(), invite.summary());
        event.add(new Uid(invite.uid()));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, invite.sequence())));
        if (invite.cancelled()) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Cita//Bookings//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(invite.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(event);
        StringWriter out = new StringWriter();
        new CalendarOutputter(false).output(calendar, out);
        return out.toString();
    }
}
