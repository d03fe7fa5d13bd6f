package io.cita.application.service.feedback;

import io.cita.application.error.ConflictException;
import io.cita.application.error.InvalidRequestException;
import io.cita.application.error.NotFoundException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ImportVisitsUseCase;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.Deliveries;
import io.cita.application.port.out.FeedbackRequests;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.PhoneNumbers;
import io.cita.application.port.out.Tenants;
import io.cita.application.service.AuditTrail;
import io.cita.application.service.delivery.FeedbackMessages;
import io.cita.domain.client.Client;
import io.cita.domain.delivery.Delivery;
import io.cita.domain.feedback.FeedbackIds;
import io.cita.domain.feedback.FeedbackRequest;
import io.cita.domain.feedback.FeedbackSettings;
import io.cita.domain.shared.EmailAddress;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.shared.InvalidValueException;
import io.cita.domain.shared.PhoneNumber;
import io.cita.domain.tenant.Tenant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Past visits imported from a file: each row on its own, checked before anything is written (name, phone read in the
 * business's country, e-mail, a visit not in the future, consent), its client found by phone or created (consent
 * given in the file is recorded, never withdrawn), and, when the business asks for feedback, the client consented
 * and the visit was within 30 days, the client asked like after a completed booking. The 30-day rule is what makes a
 * second import of the same file ask nobody again.
 */
public class VisitImportService implements ImportVisitsUseCase {
    private static final int LONGEST_NAME = 200;
    private final Ports ports;
    private final FeedbackMessages messages;

    /** The ports an import reads and writes. */
    public record Ports(Tenants tenants, Clients clients, FeedbackRequests requests, Deliveries deliveries,
                        PhoneNumbers phones, IdGenerator ids, ClockPort clock, AuditTrail audit) {
    }

    public VisitImportService(Ports ports, FeedbackMessages messages) {
        this.ports = ports;
        this.messages = messages;
    }

    @Override
    public Report importVisits(String tenantId, List<Row> rows, Actor actor) {
        if (rows.size() > MOST_ROWS) {
            throw new InvalidRequestException("file", "may have at most " + MOST_ROWS + " rows");
        }
        Tenant tenant = ports.tenants().find(tenantId).orElseThrow(() -> new NotFoundException("tenant", tenantId));
        FeedbackSettings settings = FeedbackSettings.orOff(tenant.settings());
        List<Outcome> outcomes = new ArrayList<>();
        for (Row row : rows) {
            outcomes.add(imported(row, tenant, settings, actor));
        }
        int refused = (int) outcomes.stream().filter(outcome -> outcome.status() == Status.REFUSED).count();
        int asked = (int) outcomes.stream().filter(Outcome::asked).count();
        return new Report(rows.size(), rows.size() - refused, refused, asked, outcomes);
    }

    private Outcome imported(Row row, Tenant tenant, FeedbackSettings settings, Actor actor) {
        try {
            Visit visit = checked(row, tenant);
            Optional<Client> found = ports.clients().findByPhone(tenant.id(), visit.phone().value());
            Client client = found.isPresent() ? consenting(found.get(), visit.consent(), actor)
                    : created(visit, tenant.id(), actor);
            String whyNot = whyNotAsk(settings, client, visit.at());
            if (whyNot == null) {
                whyNot = ask(visit, tenant, settings, client);
            }
            return new Outcome(row.line(), Status.IMPORTED, null, null, client.id(), found.isEmpty(), whyNot == null,
                    whyNot);
        } catch (InvalidRequestException e) {
            return new Outcome(row.line(), Status.REFUSED, e.field(), e.getMessage(), null, false, false, null);
        } catch (ConflictException e) {
            return new Outcome(row.line(), Status.REFUSED, "email", "belongs to another client", null, false, false,
                    null);
        }
    }

    /** A row's checked values: nothing is written for a row until all of them are good. */
    private record Visit(String firstName, String lastName, PhoneNumber phone, EmailAddress email, Instant at,
                         boolean consent) {
    }

    private Visit checked(Row row, Tenant tenant) {
        String name = row.name() == null ? "" : row.name().strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > LONGEST_NAME) {
            throw new InvalidRequestException("nombre", "must be 1-" + LONGEST_NAME + " characters");
        }
        PhoneNumber phone = ports.phones().parse(row.phone(), tenant.country()).orElseThrow(() ->
                new InvalidRequestException("telefono", "must be a phone number of " + tenant.country()
                        + " or begin with its country code"));
        EmailAddress email = null;
        if (row.email() != null && !row.email().isBlank()) {
            try {
                email = new EmailAddress(row.email().strip());
            } catch (InvalidValueException e) {
                throw new InvalidRequestException("email", "must be an e-mail address");
            }
        }
        Instant at = VisitRows.visitedAt(row.visitedAt()).atZone(tenant.timezone()).toInstant();
        if (at.isAfter(ports.clock().now())) {
            throw new InvalidRequestException("fecha_cita", "is in the future");
        }
        int space = name.indexOf(' ');
        return new Visit(space < 0 ? name : name.substring(0, space), space < 0 ? null : name.substring(space + 1),
                phone, email, at, VisitRows.consented(row.consent()));
    }

    private Client created(Visit visit, String tenantId, Actor actor) {
        Client plain = new Client(ports.ids().newId(IdPrefix.CLIENT), tenantId, visit.firstName(), visit.lastName(),
                visit.email(), visit.phone(), true);
        Client client = visit.consent() ? plain.withPreferences(plain.preferences().consentingToFeedback()) : plain;
        ports.clients().create(client, ports.audit().pending(tenantId, actor, "client.created", "client", client.id(),
                null, client));
        return client;
    }

    /** The client with the consent the file gives recorded; a file never withdraws one. */
    private Client consenting(Client client, boolean consent, Actor actor) {
        if (!consent || client.preferences().feedbackConsent()) {
            return client;
        }
        Client updated = client.withPreferences(client.preferences().consentingToFeedback());
        ports.clients().update(updated, ports.audit().pending(client.tenantId(), actor, "client.preferences_changed",
                "client", client.id(), client, updated));
        return updated;
    }

    private String whyNotAsk(FeedbackSettings settings, Client client, Instant visitedAt) {
        if (!settings.enabled()) {
            return "the business does not ask for feedback";
        }
        if (!client.preferences().mayBeAskedForFeedbackOn(settings.channel())) {
            return "the client did not consent to feedback requests on " + settings.channel();
        }
        if (visitedAt.isBefore(ports.clock().now().minus(FeedbackRequest.ONCE_IN))) {
            return "the visit was more than 30 days ago";
        }
        return null;
    }

    /** Asks the client about the visit (the request and its messages stored one after the other); why not, if not. */
    private String ask(Visit visit, Tenant tenant, FeedbackSettings settings, Client client) {
        Instant now = ports.clock().now();
        Instant askAt = FeedbackMessages.askAt(tenant, settings, visit.at(), now);
        FeedbackRequest request = FeedbackRequest.asked(FeedbackIds.of(tenant.id(), "visit|" + visit.phone().value()
                + "|" + visit.at(), askAt), tenant.id(), null, client.id(), null, visit.phone().value(),
                settings.channel(), askAt);
        if (ports.requests().find(request.id()).isPresent()) {
            return "the client was already asked about this visit";
        }
        List<Delivery> asking = messages.asking(request, tenant, client, now);
        if (asking.isEmpty()) {
            return "no " + settings.channel() + " provider is configured";
        }
        if (!ports.requests().open(request, askAt.minus(FeedbackRequest.ONCE_IN))) {
            return "the client was asked in the last 30 days";
        }
        ports.deliveries().enqueue(asking);
        return null;
    }
}
