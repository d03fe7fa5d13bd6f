package io.cita.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.CallLogs;
import io.cita.application.port.out.UsageCounters.VoiceUsage;
import io.cita.application.port.out.VoiceAssistants;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.voice.CallLog;
import io.cita.domain.voice.VoiceAssistant;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Contract of the voice assistant's stores: one assistant per tenant, replaced whole with its audit entry; each call
 * logged once per call id however often (and however concurrently) its report arrives, counted once in the month's
 * usage, and listed newest first in pages.
 */
public abstract class AbstractVoiceContractTest extends PersistenceContract {
    private static final YearMonth PERIOD = YearMonth.of(2026, 12);

    protected abstract VoiceAssistants assistants();

    protected abstract CallLogs callLogs();

    private static VoiceAssistant assistant(Tenant tenant, String greeting, String hmac) {
        return new VoiceAssistant(tenant.id(), "asst_1", "pn_1", "jennifer", greeting, "Be kind", Language.EN,
                "A hair salon", "Ask for the name", 12, true, false, "hash-" + id(IdPrefix.AUDIT), hmac, true,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private static CallLog call(Tenant tenant, String callId, long seconds) {
        Instant started = NOW.minusSeconds(seconds);
        return new CallLog(id(IdPrefix.CALL), tenant.id(), callId, "+34600000001", started, NOW, seconds,
                "customer-ended-call", "AI: Hello\nUser: Hi", "Booked a haircut", "{\"intent\":\"book\"}", 12L,
                id(IdPrefix.BOOKING), null, NOW);
    }

    @Test
    void aTenantHasOneAssistant_replacedWhole_withItsAuditEntry() {
        Tenant tenant = newTenant();
        assertThat(assistants().find(tenant.id())).isEmpty();
        VoiceAssistant first = assistant(tenant, "Hello!", "hmac-secret");
        AuditRecord configured = audit(tenant.id(), "voice.configured", tenant.id(), null, null);
        assistants().save(first, configured);
        assertThat(assistants().find(tenant.id())).contains(first);
        assertThat(auditIds(tenant.id())).contains(configured.entry().id());

        VoiceAssistant second = assistant(tenant, null, null);
        assistants().save(second, audit(tenant.id(), "voice.updated", tenant.id(), null, null));
        assertThat(assistants().find(tenant.id())).contains(second);
        assertThat(assistants().find(newTenant().id())).isEmpty();
    }

    @Test
    void aCallIsLoggedOnce_andCountedOnce_evenWhenItsReportArrivesTwiceAtOnce() throws Exception {
        Tenant tenant = newTenant();
        String callId = "call-" + id(IdPrefix.CALL);
        CallLog log = call(tenant, callId, 95);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> reports = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                CallLog copy = new CallLog(id(IdPrefix.CALL), log.tenantId(), callId, log.callerPhone(),
                        log.startedAt(), log.endedAt(), log.durationSeconds(), log.endedReason(), log.transcript(),
                        log.summary(), log.structuredData(), log.costCents(), log.bookingId(), null, log.createdAt());
                reports.add(() -> callLogs().record(copy, PERIOD));
            }
            long stored = 0;
            for (Future<Boolean> outcome : pool.invokeAll(reports)) {
                stored += outcome.get() ? 1 : 0;
            }
            assertThat(stored).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(callLogs().record(call(tenant, "other-" + callId, 30), PERIOD)).isTrue();
        assertThat(stores().usageCounters().voiceIn(tenant.id(), PERIOD)).isEqualTo(new VoiceUsage(2, 125));
        assertThat(stores().usageCounters().voiceIn(tenant.id(), PERIOD.plusMonths(1)))
                .isEqualTo(new VoiceUsage(0, 0));
        assertThat(callLogs().list(tenant.id(), new PageRequest(10, null)).items()).hasSize(2);
    }

    @Test
    void callsAreListedNewestFirst_inPages_withEverythingKept() {
        Tenant tenant = newTenant();
        List<CallLog> logged = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            CallLog log = call(tenant, "c" + i + "-" + id(IdPrefix.CALL), 60 + i);
            assertThat(callLogs().record(log, PERIOD)).isTrue();
            logged.add(0, log);
        }
        Page<CallLog> first = callLogs().list(tenant.id(), new PageRequest(3, null));
        assertThat(first.items()).containsExactlyElementsOf(logged.subList(0, 3));
        Page<CallLog> second = callLogs().list(tenant.id(), new PageRequest(3, first.nextCursor()));
        assertThat(second.items()).containsExactlyElementsOf(logged.subList(3, 5));
        assertThat(second.nextCursor()).isNull();
        assertThat(callLogs().list(newTenant().id(), new PageRequest(3, null)).items()).isEmpty();
    }
}
