package io.cita.application.port.in;

import io.cita.domain.plan.Plan;
import java.time.YearMonth;

/** What a tenant has used of its plan in a month. */
public interface ReportUsageUseCase {
    Usage usage(String tenantId, YearMonth period);

    /**
     * Bookings, messages, and the voice assistant's calls and minutes (the month's seconds, a started minute whole) in
     * a period against the plan's limits.
     */
    record Usage(YearMonth period, Plan plan, long bookings, long messages, long messagesGranted, long voiceCalls,
                 long voiceMinutes) {
    }
}
