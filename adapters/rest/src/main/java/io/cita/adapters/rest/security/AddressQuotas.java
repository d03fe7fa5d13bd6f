package io.cita.adapters.rest.security;

import io.cita.adapters.rest.security.RateLimiter.Quota;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** The configured quota of each {@link AddressPolicy}, and of every public call per address (docs/security.md). */
@Singleton
public class AddressQuotas {
    private final Map<AddressPolicy, Quota> quotas = new EnumMap<>(AddressPolicy.class);
    private final Quota publicRequests;

    public AddressQuotas(@Value("${cita.rate-limits.logins-per-minute-per-address:20}") long logins,
                         @Value("${cita.rate-limits.signups-per-hour-per-address:10}") long signups,
                         @Value("${cita.rate-limits.public-bookings-per-minute-per-address:10}") long bookings,
                         @Value("${cita.rate-limits.public-bookings-per-day-per-address:30}") long bookingsToday,
                         @Value("${cita.rate-limits.public-holds-per-address:3}") long holds,
                         @Value("${cita.rate-limits.public-holds-per-key:30}") long holdsPerKey,
                         @Value("${cita.holds.ttl:5m}") Duration holdLifetime,
                         @Value("${cita.rate-limits.booking-references-per-minute-per-address:10}") long references,
                         @Value("${cita.rate-limits.tries-per-minute-per-booking-reference:5}") long referenceTries,
                         @Value("${cita.rate-limits.calendar-feeds-per-minute-per-address:30}") long calendarFeeds,
                         @Value("${cita.rate-limits.plan-lists-per-minute-per-address:60}") long planLists,
                         @Value("${cita.rate-limits.feedback-forms-per-minute-per-address:20}") long feedbackForms,
                         @Value("${cita.rate-limits.booking-pages-per-minute-per-address:60}") long bookingPages,
                         @Value("${cita.rate-limits.web-chat-messages-per-minute-per-address:30}") long chats,
                         @Value("${cita.rate-limits.public-requests-per-minute-per-address:120}") long publicRequests) {
        quotas.put(AddressPolicy.LOGIN, Quota.perMinute(logins));
        quotas.put(AddressPolicy.SIGNUP, new Quota(signups, Duration.ofHours(1)));
        quotas.put(AddressPolicy.PUBLIC_BOOKING, Quota.perMinute(bookings));
        quotas.put(AddressPolicy.PUBLIC_BOOKINGS_TODAY, new Quota(bookingsToday, Duration.ofDays(1)));
        quotas.put(AddressPolicy.PUBLIC_HOLD, new Quota(holds, holdLifetime));
        quotas.put(AddressPolicy.PUBLIC_HOLDS_PER_KEY, new Quota(holdsPerKey, holdLifetime));
        quotas.put(AddressPolicy.BOOKING_REFERENCE, Quota.perMinute(references));
        quotas.put(AddressPolicy.BOOKING_REFERENCE_TRIES, Quota.perMinute(referenceTries));
        quotas.put(AddressPolicy.CALENDAR_FEED, Quota.perMinute(calendarFeeds));
        quotas.put(AddressPolicy.PLAN_LIST, Quota.perMinute(planLists));
        quotas.put(AddressPolicy.FEEDBACK_FORM, Quota.perMinute(feedbackForms));
        quotas.put(AddressPolicy.BOOKING_PAGE, Quota.perMinute(bookingPages));
        quotas.put(AddressPolicy.WEB_CHAT, Quota.perMinute(chats));
        this.publicRequests = Quota.perMinute(publicRequests);
    }

    Quota of(AddressPolicy policy) {
        return quotas.get(policy);
    }

    /** Every call to the public API, per address, in a bucket of its own (never the business's). */
    Quota publicRequests() {
        return publicRequests;
    }
}
