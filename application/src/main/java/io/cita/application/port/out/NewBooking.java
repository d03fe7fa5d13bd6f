package io.cita.application.port.out;

import io.cita.domain.booking.Booking;
import io.cita.domain.plan.Limit;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * A booking to store atomically with its checks: its occupations must not overlap live ones, its class session
 * must have seats ({@code capacity}), the month's count must stay within {@code monthlyLimit},
 * and the hold it converts (or null) must be live at {@code now}; it is released in the same step. {@code zone} is
 * the tenant's time zone, for stores that key bookings by local date, so they need not read the tenant again.
 * {@code audit} (or null) is written in the same step, so a stored booking always has its audit entry.
 */
public record NewBooking(Booking booking, String holdId, int capacity, Limit monthlyLimit, YearMonth period,
                         Instant now, ZoneId zone, AuditRecord audit) {
}
