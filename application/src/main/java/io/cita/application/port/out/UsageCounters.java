package io.cita.application.port.out;

import java.time.YearMonth;

/** Outgoing port for the monthly message count of a tenant (seed 000's TenantUsage "messages"). */
public interface UsageCounters {
    /** Adds {@code count} messages to the month and returns the month's new total. */
    long addMessages(String tenantId, YearMonth period, int count);

    long messagesIn(String tenantId, YearMonth period);
}
