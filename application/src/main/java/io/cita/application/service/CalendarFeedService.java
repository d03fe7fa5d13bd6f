package io.cita.application.service;

import io.cita.application.error.NotFoundException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.CalendarFeedUseCase;
import io.cita.application.port.out.Bookings;
import io.cita.application.port.out.CalendarFeeds;
import io.cita.application.port.out.CalendarWriter;
import io.cita.application.port.out.CatalogServices;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.Resources;
import io.cita.application.port.out.SecretTokens;
import io.cita.application.port.query.BookingFilter;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.booking.Booking;
import io.cita.domain.booking.BookingStatus;
import io.cita.domain.catalog.Service;
import io.cita.domain.resource.CalendarFeed;
import io.cita.domain.resource.Resource;
import io.cita.domain.shared.IdPrefix;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Private, revocable calendar feeds of resources: the URL's token is the feed's id and a secret of which only the
 * hash is kept; the feed holds the resource's bookings from 30 days back to a year ahead (at most 2,000), cancelled
 * ones left out, pending ones tentative. A wrong, revoked or unknown token reads as nothing, all alike.
 */
public class CalendarFeedService implements CalendarFeedUseCase {
    private static final Duration PAST = Duration.ofDays(30);
    private static final Duration AHEAD = Duration.ofDays(365);
    private static final int MOST = 2_000;
    private final CalendarFeeds feeds;
    private final Resources resources;
    private final Bookings bookings;
    private final CatalogServices services;
    private final CalendarWriter writer;
    private final SecretTokens secrets;
    private final IdGenerator ids;
    private final ClockPort clock;
    private final AuditTrail audit;

    /** The stores a feed is made from. */
    public record Stores(CalendarFeeds feeds, Resources resources, Bookings bookings, CatalogServices services) {
    }

    public CalendarFeedService(Stores stores, CalendarWriter writer, SecretTokens secrets, IdGenerator ids,
                               ClockPort clock, AuditTrail audit) {
        this.feeds = stores.feeds();
        this.resources = stores.resources();
        this.bookings = stores.bookings();
        this.services = stores.services();
        this.writer = writer;
        this.secrets = secrets;
        this.ids = ids;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public String create(String tenantId, String resourceId, Actor actor) {
        resource(tenantId, resourceId);
        String secret = secrets.newSecret();
        CalendarFeed feed = new CalendarFeed(ids.newId(IdPrefix.CALENDAR_FEED), tenantId, resourceId,
                secrets.hash(secret), clock.now());
        feeds.replace(feed, audit.pending(tenantId, actor, "calendar_feed.created", "resource", resourceId, null,
                Map.of("feedId", feed.id())));
        return new SecretLink(feed.id(), secret).token();
    }

    @Override
    public void revoke(String tenantId, String resourceId, Actor actor) {
        resource(tenantId, resourceId);
        if (!feeds.revoke(tenantId, resourceId, audit.pending(tenantId, actor, "calendar_feed.revoked", "resource",
                resourceId, null, null))) {
            throw new NotFoundException("calendar feed", resourceId);
        }
    }

    @Override
    public Optional<String> read(String token) {
        return SecretLink.parse(token).flatMap(link -> feeds.find(link.id())
                        .filter(feed -> link.matches(secrets, feed.secretHash())))
                .flatMap(feed -> resources.find(feed.tenantId(), feed.resourceId()))
                .map(resource -> writer.feed(resource.name(), events(resource)));
    }

    private List<CalendarWriter.Event> events(Resource resource) {
        Instant now = clock.now();
        BookingFilter filter = new BookingFilter(resource.tenantId(), now.minus(PAST), now.plus(AHEAD), resource.id(),
                null, null);
        Map<String, String> serviceNames = new HashMap<>();
        List<CalendarWriter.Event> events = new ArrayList<>();
        String cursor = null;
        do {
            Page<Booking> page = bookings.list(filter, new PageRequest(100, cursor));
            for (Booking booking : page.items()) {
                if (booking.status() != BookingStatus.CANCELLED && events.size() < MOST) {
                    String service = serviceNames.computeIfAbsent(booking.serviceId(), id -> services
                            .find(resource.tenantId(), id).map(Service::name).orElse("Booking"));
                    events.add(new CalendarWriter.Event(booking.id() + "@cita", booking.version(),
                            booking.time().start(), booking.time().end(), service + " · " + booking.reference(),
                            booking.status() == BookingStatus.PENDING));
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null && events.size() < MOST);
        return events;
    }

    private Resource resource(String tenantId, String resourceId) {
        return resources.find(tenantId, resourceId).orElseThrow(() -> new NotFoundException("resource", resourceId));
    }
}
