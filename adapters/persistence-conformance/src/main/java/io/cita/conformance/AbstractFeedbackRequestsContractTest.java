package io.cita.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.FeedbackRequests;
import io.cita.application.port.query.FeedbackFilter;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.client.Client;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.feedback.FeedbackIds;
import io.cita.domain.feedback.FeedbackRequest;
import io.cita.domain.feedback.FeedbackStatus;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Contract of feedback requests: one per client and business in 30 days, decided in the write even when two open at
 * once; opening the same request twice is no second request; found by id and by the phone asked last; each change
 * only from the state it was made from; a business's rated requests listed latest first, filtered, in pages.
 */
public abstract class AbstractFeedbackRequestsContractTest extends PersistenceContract {
    private static final Instant ASKED = Instant.parse("2026-11-20T10:00:00.125Z");

    protected abstract FeedbackRequests feedback();

    private static FeedbackRequest request(Client client, String resourceId, Instant at) {
        String id = FeedbackIds.of(client.tenantId(), UUID.randomUUID().toString(), at);
        return FeedbackRequest.asked(id, client.tenantId(), "bkg_" + UUID.randomUUID(), client.id(), resourceId,
                client.phone().value(), DeliveryChannel.SMS, at);
    }

    @Test
    void aClientIsAskedOnceIn30Days_andTheSameRequestTwiceIsOne() {
        Tenant tenant = newTenant();
        Client client = newClient(tenant);
        FeedbackRequest first = request(client, null, ASKED);
        assertThat(feedback().open(first, ASKED.minus(FeedbackRequest.ONCE_IN))).isTrue();
        assertThat(feedback().open(first, ASKED.minus(FeedbackRequest.ONCE_IN))).as("the same again").isTrue();
        Instant later = ASKED.plus(Duration.ofDays(10));
        assertThat(feedback().open(request(client, null, later), later.minus(FeedbackRequest.ONCE_IN)))
                .as("ten days later").isFalse();
        Instant month = ASKED.plus(Duration.ofDays(31));
        FeedbackRequest next = request(client, null, month);
        assertThat(feedback().open(next, month.minus(FeedbackRequest.ONCE_IN))).as("a month later").isTrue();
        assertThat(feedback().find(first.id())).contains(first);
        assertThat(feedback().find(next.id())).contains(next);
        assertThat(feedback().find("fbk_none")).isEmpty();
        Client other = newClient(tenant);
        assertThat(feedback().open(request(other, null, later), later.minus(FeedbackRequest.ONCE_IN)))
                .as("another client").isTrue();
    }

    @Test
    void ofTwoRequestsOpenedAtOnce_forOneClient_oneIsStored() throws Exception {
        Tenant tenant = newTenant();
        Client client = newClient(tenant);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> opens = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                FeedbackRequest request = request(client, null, ASKED.plusSeconds(i));
                opens.add(() -> feedback().open(request, request.askedAt().minus(FeedbackRequest.ONCE_IN)));
            }
            long opened = 0;
            for (Future<Boolean> result : pool.invokeAll(opens)) {
                opened += result.get() ? 1 : 0;
            }
            assertThat(opened).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void thePhoneAskedLast_findsTheLatestRequest_ofAnyBusiness() {
        Client client = newClient(newTenant());
        FeedbackRequest first = request(client, null, ASKED);
        feedback().open(first, ASKED.minus(FeedbackRequest.ONCE_IN));
        assertThat(feedback().latestFor(client.phone().value())).contains(first);
        Tenant another = newTenant();
        Client samePhone = new Client(id(IdPrefix.CLIENT), another.id(), "Ana", null, null, client.phone(), true);
        stores().clients().create(samePhone, null);
        FeedbackRequest second = request(samePhone, null, ASKED.plusSeconds(60));
        feedback().open(second, second.askedAt().minus(FeedbackRequest.ONCE_IN));
        assertThat(feedback().latestFor(client.phone().value())).contains(second);
        assertThat(feedback().latestFor("+34600000000")).isEmpty();
    }

    @Test
    void aChange_isStoredOnlyFromTheStateItWasMadeFrom() {
        Client client = newClient(newTenant());
        FeedbackRequest asked = request(client, null, ASKED);
        feedback().open(asked, ASKED.minus(FeedbackRequest.ONCE_IN));
        FeedbackRequest rated = asked.rated(2, false, "hash-of-the-form-token", ASKED.plusSeconds(600));
        assertThat(feedback().update(rated, null)).isTrue();
        assertThat(feedback().update(asked.rated(5, true, null, ASKED.plusSeconds(601)), null)).as("a stale change")
                .isFalse();
        FeedbackRequest answered = rated.answered(1, "  Cold coffee  ", true, ASKED.plusSeconds(900));
        assertThat(feedback().update(answered, null)).isTrue();
        answered = answered.reviewClicked(ASKED.plusSeconds(950));
        assertThat(feedback().update(answered, null)).isTrue();
        FeedbackRequest stored = feedback().find(asked.id()).orElseThrow();
        assertThat(stored).isEqualTo(answered);
        assertThat(stored.status()).isEqualTo(FeedbackStatus.ANSWERED);
        assertThat(stored.comment()).isEqualTo("Cold coffee");
        assertThat(stored.formHash()).isNull();
        assertThat(stored.rating()).isEqualTo(1);
        assertThat(stored.reviewClickedAt()).isEqualTo(ASKED.plusSeconds(950));
    }

    @Test
    void thoseAskedInAPeriod_areFoundInTheOrderAsked_fromItsFirstInstant_toBeforeItsEnd() {
        Tenant tenant = newTenant();
        Instant from = Instant.parse("2026-10-01T00:00:00Z");
        List<String> asked = new ArrayList<>();
        for (Instant at : List.of(from.minusMillis(1), from, from.plusSeconds(3600), from.plus(Duration.ofDays(30))
                .minusMillis(1), from.plus(Duration.ofDays(30)))) {
            FeedbackRequest request = request(newClient(tenant), null, at);
            assertThat(feedback().open(request, at.minus(FeedbackRequest.ONCE_IN))).isTrue();
            asked.add(request.id());
        }
        Instant to = from.plus(Duration.ofDays(30));
        assertThat(feedback().askedBetween(tenant.id(), from, to, 100).stream().map(FeedbackRequest::id))
                .containsExactlyElementsOf(asked.subList(1, 4));
        assertThat(feedback().askedBetween(tenant.id(), from, to, 2)).hasSize(2);
        assertThat(feedback().askedBetween(newTenant().id(), from, to, 100)).isEmpty();
    }

    @Test
    void aBusinessesRatedRequests_areListedLatestFirst_filtered_inPages() {
        Tenant tenant = newTenant();
        List<FeedbackRequest> rated = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Client client = newClient(tenant);
            FeedbackRequest asked = request(client, i % 2 == 0 ? "res_even" : "res_odd", ASKED.plusSeconds(i));
            feedback().open(asked, asked.askedAt().minus(FeedbackRequest.ONCE_IN));
            if (i == 4) {
                continue;
            }
            FeedbackRequest next = asked.rated(i + 2, i + 2 >= 4, i + 2 >= 4 ? null : "hash" + i,
                    ASKED.plusSeconds(100 + i));
            feedback().update(next, null);
            rated.add(0, i == 0 ? handled(next) : next);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<FeedbackRequest> page = feedback().list(tenant.id(), FeedbackFilter.RATED, new PageRequest(3,
                    cursor));
            page.items().forEach(item -> seen.add(item.id()));
            cursor = page.nextCursor();
        } while (cursor != null);
        assertThat(seen).as("the unanswered one is not listed").containsExactlyElementsOf(
                rated.stream().map(FeedbackRequest::id).toList());
        assertThat(ids(tenant, new FeedbackFilter(FeedbackStatus.AWAITING, null, null, null))).hasSize(1);
        assertThat(ids(tenant, new FeedbackFilter(null, 5, null, null))).containsExactly(rated.get(0).id());
        assertThat(ids(tenant, new FeedbackFilter(FeedbackStatus.UNHAPPY, null, null, null))).hasSize(2);
        assertThat(ids(tenant, new FeedbackFilter(null, null, "res_odd", null))).hasSize(2);
        assertThat(ids(tenant, new FeedbackFilter(null, null, null, true))).containsExactly(rated.get(3).id());
        assertThat(ids(tenant, new FeedbackFilter(null, null, null, false))).hasSize(3);
        assertThat(ids(newTenant(), FeedbackFilter.RATED)).isEmpty();
    }

    private FeedbackRequest handled(FeedbackRequest request) {
        FeedbackRequest handled = request.handled("Called back, sorted", ASKED.plusSeconds(3600));
        AuditRecord entry = audit(request.tenantId(), "feedback.handled", request.id(), request, handled);
        assertThat(feedback().update(handled, entry)).isTrue();
        assertThat(auditIds(request.tenantId())).as("written with the change").contains(entry.entry().id());
        assertThat(feedback().update(handled, audit(request.tenantId(), "feedback.handled", request.id(), null,
                null))).as("the same change again").isFalse();
        assertThat(auditIds(request.tenantId())).hasSize(1);
        return handled;
    }

    private List<String> ids(Tenant tenant, FeedbackFilter filter) {
        return feedback().list(tenant.id(), filter, new PageRequest(50, null)).items().stream()
                .map(FeedbackRequest::id).toList();
    }
}
