package io.cita.application.port.out;

import io.cita.domain.plan.Limit;
import java.time.YearMonth;

/**
 * Outgoing port for the monthly message count of a tenant (seed 000's TenantUsage "messages"), the credits a
 * super-admin granted beyond the plan's, and the voice calls.
 */
public interface UsageCounters {
    /** Adds {@code count} messages to the month and returns the month's new total. */
    long addMessages(String tenantId, YearMonth period, int count);

    /**
     * Adds {@code count} messages to the month only if they fit the plan's {@code credits}, in one atomic step;
     * false, adding nothing, when they do not.
     */
    boolean spendMessages(String tenantId, YearMonth period, int count, Limit credits);

    long messagesIn(String tenantId, YearMonth period);

    /**
     * Grants {@code count} message credits beyond the plan's for the month, with its audit entry, in one atomic step;
     * grants add up.
     */
    void grantMessages(String tenantId, YearMonth period, int count, AuditRecord audit);

    /** The message credits granted for the month beyond the plan's. */
    long messagesGranted(String tenantId, YearMonth period);

    /** The calls the voice assistant took in the month and their seconds, as {@link CallLogs#record} counted them. */
    VoiceUsage voiceIn(String tenantId, YearMonth period);

    /** A month's calls and their seconds. */
    record VoiceUsage(long calls, long seconds) {
    }
}
