package io.cita.adapters.rest.security;

/**
 * The quotas a caller without a staff login is held to, each in buckets of its own keyed by the caller's address (or,
 * for {@link #BOOKING_REFERENCE_TRIES}, by the booking reference tried, and for {@link #PUBLIC_HOLDS_PER_KEY} by the
 * publishable key): the route declares them with
 * {@link RateLimited}, so every path that reaches the route counts, whatever its spelling.
 */
public enum AddressPolicy {
    /** Logins and token refreshes per address. */
    LOGIN("login"),
    /** Sign-ups per address: each one is a new business and a password hash. */
    SIGNUP("signup"),
    /** Public bookings per address: a minute's burst, and a day's total that is refused before the plan counts it. */
    PUBLIC_BOOKING("public-booking"), PUBLIC_BOOKINGS_TODAY("public-bookings-today"),
    /** Public holds per address, within one hold's lifetime: about how many live holds one address can keep. */
    PUBLIC_HOLD("public-hold"),
    /**
     * Public holds per publishable key (so per business) within one hold's lifetime, from every address together:
     * what a crowd of addresses can keep of the calendar at once.
     */
    PUBLIC_HOLDS_PER_KEY("public-holds-per-key"),
    /** Lookups, cancellations and moves by reference per address, and tries of the same reference from anywhere. */
    BOOKING_REFERENCE("booking-reference"), BOOKING_REFERENCE_TRIES("booking-reference-tries"),
    /** Private calendar feed fetches per address. */
    CALENDAR_FEED("calendar-feed"),
    /** Reads of the plans and their prices per address. */
    PLAN_LIST("plan-list"),
    /** Openings and sends of the private feedback form per address. */
    FEEDBACK_FORM("feedback-form"),
    /** Openings of a business's booking page per address. */
    BOOKING_PAGE("booking-page"),
    /** Web chat messages per address. */
    WEB_CHAT("web-chat");

    private final String policyName;

    AddressPolicy(String policyName) {
        this.policyName = policyName;
    }

    /** The name in RateLimit-Policy headers and in the 429's detail. */
    public String policyName() {
        return policyName;
    }
}
