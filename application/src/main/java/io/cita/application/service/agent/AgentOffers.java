package io.cita.application.service.agent;

import io.cita.application.error.InvalidRequestException;
import io.cita.application.port.in.AgentResult;
import io.cita.application.port.in.ExplainQuery;
import io.cita.application.port.in.ListAvailabilityUseCase;
import io.cita.application.port.in.ListAvailabilityUseCase.Offer;
import io.cita.application.port.in.NextSlotsQuery;
import io.cita.application.service.CatalogCache;
import io.cita.domain.agent.AgentFailure;
import io.cita.domain.agent.AgentSentence;
import io.cita.domain.availability.PartOfDay;
import io.cita.domain.catalog.Service;
import io.cita.domain.catalog.ServiceNames;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The tools that look: the business's services, the next offers for a service, and why a time is or is not free. */
final class AgentOffers {
    static final int DEFAULT_OFFERS = 3;
    static final int MAX_OFFERS = 5;
    private static final int CLOSEST = 3;
    private static final Set<String> TODAY = Set.of("today", "hoy");
    private static final Set<String> TOMORROW = Set.of("tomorrow", "mañana", "manana");

    private final CatalogCache catalogs;
    private final ListAvailabilityUseCase availability;

    AgentOffers(CatalogCache catalogs, ListAvailabilityUseCase availability) {
        this.catalogs = catalogs;
        this.availability = availability;
    }

    AgentResult listServices(AgentContext context) {
        List<Service> active = active(context);
        if (active.isEmpty()) {
            return AgentResult.ok(AgentSentence.NO_SERVICES.say(context.language()), Map.of("services", List.of()));
        }
        List<Map<String, Object>> listed = active.stream().map(service -> Map.<String, Object>of("id", service.id(),
                "name", service.name(), "durationMinutes", service.durationMinutes(),
                "price", service.price().display())).toList();
        String names = String.join(", ", active.stream().map(Service::name).toList());
        return AgentResult.ok(AgentSentence.SERVICES.say(context.language(), names), Map.of("services", listed));
    }

    AgentResult findOffers(AgentContext context) {
        Service service = service(context, context.args().required("service"));
        LocalDate date = date(context, context.args().text("date"));
        PartOfDay part = partOfDay(context.args().text("partOfDay"));
        int count = context.args().count("count", 1, MAX_OFFERS, DEFAULT_OFFERS);
        Instant after = date == null ? context.now()
                : latest(context.now(), date.atStartOfDay(context.zone()).toInstant());
        List<Offer> next = next(context, service, after, count, part);
        List<Offer> onDate = date == null ? next : next.stream()
                .filter(offer -> LocalDate.ofInstant(offer.slot().start(), context.zone()).equals(date)).toList();
        if (next.isEmpty()) {
            return AgentResult.ok(AgentSentence.NO_OFFERS.say(context.language(), service.name()),
                    Map.of("service", service.name(), "offers", List.of()));
        }
        boolean otherDay = onDate.isEmpty();
        List<Offer> offered = otherDay ? next : onDate;
        AgentSentence sentence = otherDay ? AgentSentence.OFFERS_OTHER_DAY : AgentSentence.OFFERS;
        return AgentResult.ok(sentence.say(context.language(), service.name(), spoken(context, offered)),
                Map.of("service", service.name(), "offers", described(context, service, offered)));
    }

    AgentResult explainTime(AgentContext context) {
        Service service = service(context, context.args().required("service"));
        Instant start = start(context, "start", context.args().required("start"));
        ListAvailabilityUseCase.Explanation explanation = availability.explain(new ExplainQuery(context.tenantId(),
                service.id(), start, null, context.read()));
        String when = context.spoken(start);
        if (explanation.bookable()) {
            return AgentResult.ok(AgentSentence.BOOKABLE.say(context.language(), when), Map.of("bookable", true,
                    "offers", described(context, service, next(context, service, start, 1, null))));
        }
        List<Map<String, Object>> reasons = explanation.reasons().stream().map(reason -> Map.<String, Object>of(
                "code", reason.code(), "message", reason.sentence(context.language()))).toList();
        String why = String.join(" ", explanation.reasons().stream()
                .map(reason -> reason.sentence(context.language())).toList());
        return AgentResult.ok(AgentSentence.NOT_BOOKABLE.say(context.language(), when, why), Map.of("bookable", false,
                "reasons", reasons, "offers", described(context, service, next(context, service, start,
                        DEFAULT_OFFERS, null))));
    }

    /** The offers that follow {@code after}, for an answer that the time wanted is gone. */
    List<Map<String, Object>> offersAfter(AgentContext context, String serviceId, Instant after) {
        return active(context).stream().filter(service -> service.id().equals(serviceId)).findFirst()
                .map(service -> described(context, service, next(context, service, after, DEFAULT_OFFERS, null)))
                .orElse(List.of());
    }

    /** The active service an agent names, by id or by tolerant name; refused with the closest names otherwise. */
    Service service(AgentContext context, String said) {
        List<Service> active = active(context);
        for (Service service : active) {
            if (service.id().equals(said)) {
                return service;
            }
        }
        List<Service> matches = ServiceNames.matching(said, active);
        if (!matches.isEmpty()) {
            return matches.get(0);
        }
        List<String> closest = ServiceNames.closest(said, active, CLOSEST).stream().map(Service::name).toList();
        throw new AgentRefusal(AgentFailure.UNKNOWN_SERVICE, Map.of("closest", closest), String.join(", ", closest));
    }

    /** A start as an agent writes it: local time in the business's zone ({@code 2026-12-03T10:00}) or with offset. */
    Instant start(AgentContext context, String field, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(context.zone()).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException(field, field + " must be a local date and time such as "
                        + "2026-12-03T10:00");
            }
        }
    }

    private List<Offer> next(AgentContext context, Service service, Instant after, int count, PartOfDay part) {
        return availability.next(new NextSlotsQuery(context.tenantId(), service.id(), after, count, part, null,
                context.read())).offers();
    }

    private static List<Map<String, Object>> described(AgentContext context, Service service, List<Offer> offers) {
        return offers.stream().map(offer -> {
            Map<String, Object> described = new LinkedHashMap<>();
            described.put("offerId", OfferId.of(service.id(), offer.slot()).toString());
            described.put("start", offer.slot().start().atZone(context.zone()).toOffsetDateTime().toString());
            described.put("when", context.spoken(offer.slot().start()));
            described.put("resources", offer.resourceNames());
            described.put("seatsLeft", offer.slot().seatsLeft());
            return described;
        }).toList();
    }

    private static String spoken(AgentContext context, List<Offer> offers) {
        return String.join("; ", offers.stream().map(offer -> context.spoken(offer.slot().start())).toList());
    }

    private List<Service> active(AgentContext context) {
        return catalogs.activeServices(context.tenantId(), context.read());
    }

    private static LocalDate date(AgentContext context, String text) {
        if (text == null) {
            return null;
        }
        String said = text.toLowerCase(Locale.ROOT);
        LocalDate date;
        if (TODAY.contains(said)) {
            date = context.today();
        } else if (TOMORROW.contains(said)) {
            date = context.today().plusDays(1);
        } else {
            try {
                date = LocalDate.parse(said);
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException("date", "date must be a date such as 2026-12-03, today or tomorrow");
            }
        }
        if (date.isBefore(context.today())) {
            throw new InvalidRequestException("date", "date must not be in the past");
        }
        return date;
    }

    private static PartOfDay partOfDay(String text) {
        if (text == null) {
            return null;
        }
        try {
            return PartOfDay.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("partOfDay", "partOfDay must be morning, afternoon or evening");
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
