package io.cita.application.service.feedback;

import io.cita.application.error.InvalidRequestException;
import io.cita.application.port.in.FeedbackFormUseCase;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.FeedbackRequests;
import io.cita.application.port.out.SecretTokens;
import io.cita.application.port.out.Tenants;
import io.cita.application.service.SecretLink;
import io.cita.domain.client.Client;
import io.cita.domain.feedback.FeedbackRequest;
import io.cita.domain.tenant.Tenant;
import java.time.Instant;
import java.util.Optional;

/**
 * The private form of an unhappy client: its token names the request and proves its holder by a secret of which only
 * the hash is kept; it opens while the request awaits the form and for 14 days, and sending it spends the token (the
 * change is stored only from the state it was read in, so of two sends one wins). An unknown, spent or expired token
 * is told apart from none of the others.
 */
public class FeedbackFormService implements FeedbackFormUseCase {
    private static final int COMMENT_LENGTH = 2000;
    private final FeedbackRequests requests;
    private final Tenants tenants;
    private final Clients clients;
    private final SecretTokens secrets;
    private final ClockPort clock;

    public FeedbackFormService(FeedbackRequests requests, Tenants tenants, Clients clients, SecretTokens secrets,
                               ClockPort clock) {
        this.requests = requests;
        this.tenants = tenants;
        this.clients = clients;
        this.secrets = secrets;
        this.clock = clock;
    }

    @Override
    public Optional<Form> open(String token) {
        return openRequest(token, clock.now()).flatMap(this::form);
    }

    @Override
    public Optional<Form> answer(String token, int rating, String comment, boolean mayContact) {
        if (rating < 1 || rating > 5) {
            throw new InvalidRequestException("rating", "must be from 1 to 5");
        }
        if (comment != null && comment.strip().length() > COMMENT_LENGTH) {
            throw new InvalidRequestException("comment", "must be at most " + COMMENT_LENGTH + " characters");
        }
        Instant now = clock.now();
        Optional<FeedbackRequest> request = openRequest(token, now);
        if (request.isEmpty()) {
            return Optional.empty();
        }
        FeedbackRequest answered = request.get().answered(rating, comment, mayContact, now);
        return requests.update(answered, null) ? form(answered) : Optional.empty();
    }

    private Optional<FeedbackRequest> openRequest(String token, Instant now) {
        Optional<SecretLink> link = SecretLink.parse(token);
        return link.flatMap(found -> requests.find(found.id()))
                .filter(request -> request.formOpenAt(now) && link.get().matches(secrets, request.formHash()));
    }

    private Optional<Form> form(FeedbackRequest request) {
        Optional<Tenant> tenant = tenants.find(request.tenantId());
        Optional<Client> client = tenant.flatMap(found -> clients.find(found.id(), request.clientId()));
        return client.map(found -> new Form(tenant.get().name(), tenant.get().locale(), found.firstName(),
                request.rating() == null ? 0 : request.rating()));
    }
}
