package io.cita.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.port.out.InboundEvents;
import io.cita.application.port.query.StoredEvent;
import io.cita.domain.conversation.Conversation;
import io.cita.domain.conversation.ConversationState;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.tenant.Tenant;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract of the Conversations, InboundEvents and UsageCounters ports. */
public abstract class AbstractChatContractTest extends PersistenceContract {

    private Conversation conversation(Tenant tenant, String phone, int secondsAgo, ConversationState state) {
        return new Conversation(id(IdPrefix.CONVERSATION), tenant.id(), phone, state, "svc_1",
                LocalDate.of(2030, 3, 4), NOW.plusSeconds(86_400), "hold_1", List.of("a", "b"), 1,
                NOW.minusSeconds(secondsAgo), NOW.minusSeconds(secondsAgo).plus(Duration.ofHours(24)));
    }

    @Test
    void aConversationIsOnePerTenantAndPhone_andTheMostRecentLiveOneWinsAcrossTenants() {
        String phone = uniquePhone().substring(1);
        Tenant first = newTenant();
        Tenant second = newTenant();
        Conversation older = conversation(first, phone, 60, ConversationState.CHOOSING_DATE);
        Conversation newer = conversation(second, phone, 10, ConversationState.CONFIRMING);
        stores().conversations().save(older);
        stores().conversations().save(newer);

        assertThat(stores().conversations().find(first.id(), phone)).contains(older);
        assertThat(stores().conversations().mostRecent(phone, NOW)).contains(newer);
        Conversation moved = older.next(ConversationState.DONE, null, null, null, null, List.of(), 0, NOW,
                NOW.plus(Duration.ofHours(24)));
        stores().conversations().save(moved);
        assertThat(stores().conversations().find(first.id(), phone)).contains(moved);
        assertThat(stores().conversations().mostRecent(phone, NOW)).contains(moved);
        assertThat(stores().conversations().mostRecent(phone, NOW.plus(Duration.ofHours(25)))).isEmpty();
        assertThat(stores().conversations().find(first.id(), uniquePhone().substring(1))).isEmpty();
    }

    @Test
    void anEventIsStoredOnce_andAnUnprocessedOneIsClaimedByOneInstance_untilItsLeaseRunsOutOrItIsProcessed() {
        InboundEvents events = stores().inboundEvents();
        String source = "test-" + uniqueSlug();
        String id = "wamid." + uniqueSlug();
        String fresh = "wamid." + uniqueSlug();
        Duration lease = Duration.ofMinutes(2);
        assertThat(events.record(id, source, "{\"a\":1}", NOW)).isTrue();
        assertThat(events.record(id, source, "{\"a\":2}", NOW)).isFalse();
        assertThat(events.record(fresh, source, "{\"b\":1}", NOW.plusSeconds(90))).isTrue();

        assertThat(events.claimUnprocessed(source, NOW.plusSeconds(60), "instance-a", NOW.plusSeconds(60), lease, 10))
                .as("received by then").containsExactly(new StoredEvent(id, source, "{\"a\":1}", NOW));
        assertThat(events.claimUnprocessed(source, NOW.plusSeconds(60), "instance-b", NOW.plusSeconds(61), lease, 10))
                .as("while a's lease runs").isEmpty();
        assertThat(events.claimUnprocessed(source, NOW.plusSeconds(60), "instance-b", NOW.plusSeconds(181), lease,
                10)).as("a's lease ran out").extracting(StoredEvent::id).containsExactly(id);
        events.markProcessed(id, NOW.plusSeconds(182));
        assertThat(events.claimUnprocessed(source, NOW.plusSeconds(60), "instance-c", NOW.plusSeconds(999), lease,
                10)).as("processed").isEmpty();
    }

    @Test
    void messagesAddUpPerTenantAndMonth() {
        Tenant tenant = newTenant();
        YearMonth month = YearMonth.of(2031, 5);
        assertThat(stores().usageCounters().messagesIn(tenant.id(), month)).isZero();
        assertThat(stores().usageCounters().addMessages(tenant.id(), month, 2)).isEqualTo(2);
        assertThat(stores().usageCounters().addMessages(tenant.id(), month, 3)).isEqualTo(5);
        assertThat(stores().usageCounters().messagesIn(tenant.id(), month)).isEqualTo(5);
        assertThat(stores().usageCounters().messagesIn(tenant.id(), month.plusMonths(1))).isZero();
    }
}
