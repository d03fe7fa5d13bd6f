package io.cita.adapters.rest.dto;

import io.cita.application.port.in.ReportUsageUseCase;
import io.cita.domain.plan.PlanLimits;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * GET .../usage: a month's bookings, messages and voice calls and minutes against the plan's limits (-1 = unlimited).
 */
public record UsageJson(String period, String plan, long bookings, long messages,
                        @Schema(description = "Message credits a super-admin granted for the month beyond the plan's")
                        long messagesGranted, long voiceCalls, long voiceMinutes, Limits limits) {
    /** The plan's limits. */
    public record Limits(int services, int resources, int staffUsers, int bookingsPerMonth, int messageCredits,
                         int requestsPerMinute, int voiceMinutesPerMonth) {
    }

    public static UsageJson from(ReportUsageUseCase.Usage usage) {
        PlanLimits limits = usage.plan().limits();
        return new UsageJson(usage.period().toString(), usage.plan().code().name(), usage.bookings(), usage.messages(),
                usage.messagesGranted(), usage.voiceCalls(), usage.voiceMinutes(), new Limits(limits.services(),
                limits.resources(), limits.staffUsers(), limits.bookingsPerMonth(), limits.messageCredits(),
                limits.requestsPerMinute(), limits.voiceMinutesPerMonth()));
    }
}
