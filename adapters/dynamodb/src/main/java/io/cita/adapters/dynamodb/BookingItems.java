package io.cita.adapters.dynamodb;

import io.cita.domain.booking.Booking;
import io.cita.domain.booking.BookingStatus;
import io.cita.domain.booking.Channel;
import io.cita.domain.booking.Interval;
import io.cita.domain.shared.Money;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps bookings to seed 000's Bookings items: PK TENANT#t#PROVIDER#p (the first resource), SK
 * BOOKING#date#time#id in the tenant's local time, GSI1 by tenant and local date, plus the attributes GSI2
 * (bookingId) and GSI3 (tenantId, datetime) index, and Cita's own attributes.
 */
final class BookingItems {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private BookingItems() {
    }

    static Map<String, AttributeValue> key(Booking booking, ZoneId zone) {
        ZonedDateTime local = booking.time().start().atZone(zone);
        return Attrs.key(DynamoTenants.pk(booking.tenantId()) + "#PROVIDER#" + booking.resourceIds().get(0),
                "BOOKING#" + local.toLocalDate() + "#" + TIME.format(local) + "#" + booking.id());
    }

    static Map<String, AttributeValue> item(Booking booking, ZoneId zone) {
        ZonedDateTime local = booking.time().start().atZone(zone);
        Map<String, AttributeValue> item = new HashMap<>(key(booking, zone));
        item.put("tenantId", Attrs.s(booking.tenantId()));
        item.put("bookingId", Attrs.s(booking.id()));
        item.put("reference", Attrs.s(booking.reference()));
        item.put("serviceId", Attrs.s(booking.serviceId()));
        item.put("providerId", Attrs.s(booking.resourceIds().get(0)));
        item.put("resourceIds", Attrs.strings(booking.resourceIds()));
        item.put("clientId", Attrs.s(booking.clientId()));
        item.put("datetime", Attrs.s(Attrs.instant(booking.time().start())));
        item.put("endDatetime", Attrs.s(Attrs.instant(booking.time().end())));
        item.put("occupiedStart", Attrs.s(Attrs.instant(booking.occupied().start())));
        item.put("occupiedEnd", Attrs.s(Attrs.instant(booking.occupied().end())));
        item.put("seats", Attrs.n(booking.seats()));
        item.put("status", Attrs.s(booking.status().name()));
        item.put("channel", Attrs.s(booking.channel().name()));
        item.put("price", Attrs.n(booking.price().amount()));
        item.put("currency", Attrs.s(booking.price().currency()));
        Attrs.putIfPresent(item, "notes", booking.notes());
        Attrs.putIfPresent(item, "cancellationReason", booking.cancellationReason());
        item.put("version", Attrs.n(booking.version()));
        item.put("createdAt", Attrs.s(Attrs.exact(booking.createdAt())));
        item.put("updatedAt", Attrs.s(Attrs.exact(booking.updatedAt())));
        item.put("GSI1PK", Attrs.s(DynamoTenants.pk(booking.tenantId()) + "#DATE#" + local.toLocalDate()));
        item.put("GSI1SK", Attrs.s("BOOKING#" + TIME.format(local) + "#" + booking.id()));
        return item;
    }

    /** Whether an item was written by Cita (and so has its occupation in the slot locks). */
    static boolean isCitas(Map<String, AttributeValue> item) {
        return item.containsKey("occupiedStart");
    }

    /**
     * A booking from its item. Seed items carry only datetime, serviceId and the customer: their end comes from
     * the service's duration and price, their client is named by the customer's e-mail.
     */
    static Booking map(Map<String, AttributeValue> item, LegacyDefaults legacy) {
        String id = Attrs.str(item, "bookingId");
        Interval time;
        Interval occupied;
        Money price;
        if (isCitas(item)) {
            time = new Interval(Attrs.instant(item, "datetime"), Attrs.instant(item, "endDatetime"));
            occupied = new Interval(Attrs.instant(item, "occupiedStart"), Attrs.instant(item, "occupiedEnd"));
            price = new Money(Attrs.num(item, "price", 0), Attrs.str(item, "currency"));
        } else {
            time = new Interval(Attrs.instant(item, "datetime"),
                    Attrs.instant(item, "datetime").plusSeconds(60L * legacy.durationMinutes()));
            occupied = time;
            price = legacy.price();
        }
        String clientId = Attrs.str(item, "clientId");
        if (clientId == null) {
            clientId = "customer:" + Attrs.str(item, "customerEmail");
        }
        String status = Attrs.str(item, "status");
        return new Booking(id, Attrs.str(item, "tenantId"),
                Attrs.str(item, "reference") != null ? Attrs.str(item, "reference") : id,
                Attrs.str(item, "serviceId"),
                item.containsKey("resourceIds") ? Attrs.list(item, "resourceIds")
                        : List.of(Attrs.str(item, "providerId")),
                clientId, time, occupied, (int) Attrs.num(item, "seats", 1),
                BookingStatus.valueOf(status == null ? "CONFIRMED" : status.toUpperCase(Locale.ROOT)),
                Attrs.str(item, "channel") == null ? Channel.WIDGET : Channel.valueOf(Attrs.str(item, "channel")),
                price, Attrs.str(item, "notes"), Attrs.str(item, "cancellationReason"), Attrs.num(item, "version", 1),
                Attrs.instant(item, "createdAt"), Attrs.instant(item, "updatedAt"));
    }

    /** What a seed booking item lacks and its service knows: duration and price. */
    record LegacyDefaults(int durationMinutes, Money price) {
    }
}
