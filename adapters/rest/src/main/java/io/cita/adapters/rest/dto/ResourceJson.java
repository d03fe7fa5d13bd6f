package io.cita.adapters.rest.dto;

import io.cita.application.error.InvalidRequestException;
import io.cita.application.port.in.ExceptionDetails;
import io.cita.application.port.in.ResourceDetails;
import io.cita.domain.resource.Resource;
import io.cita.domain.resource.ResourceType;
import io.cita.domain.schedule.ExceptionKind;
import io.cita.domain.schedule.ScheduleException;
import io.cita.domain.schedule.WeeklyRule;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A resource's JSON shapes: the resource, its weekly schedule and its exceptions. */
public final class ResourceJson {
    private ResourceJson() {
    }

    /** POST and PATCH body; on PATCH absent fields stay as they are. */
    @Introspected
    public record Request(@Nullable String name, @Nullable String type, @Nullable String timezone,
                          @Nullable Set<String> serviceIds, @Nullable Boolean active) {
        public ResourceDetails toDetails(Resource current) {
            if (current == null) {
                return new ResourceDetails(Fields.required("name", name),
                        Fields.required("type", Fields.enumValue("type", ResourceType.class, type)),
                        timezone == null ? null : Fields.zone("timezone", timezone),
                        Fields.orDefault(serviceIds, Set.of()), Fields.orDefault(active, true));
            }
            return new ResourceDetails(Fields.orDefault(name, current.name()),
                    Fields.orDefault(Fields.enumValue("type", ResourceType.class, type), current.type()),
                    timezone == null ? current.timezone() : Fields.zone("timezone", timezone),
                    Fields.orDefault(serviceIds, current.serviceIds()), Fields.orDefault(active, current.active()));
        }
    }

    /** A resource as the API shows it. */
    public record Response(String id, String name, String type, String timezone, Set<String> serviceIds,
                           boolean active) {
        public static Response from(Resource resource) {
            return new Response(resource.id(), resource.name(), resource.type().name(), resource.timezone().getId(),
                    resource.serviceIds(), resource.active());
        }
    }

    /** PUT and GET .../schedule. */
    @Introspected
    public record Schedule(@Nullable List<Rule> rules) {
        public List<WeeklyRule> toDomain() {
            Fields.required("rules", rules);
            List<WeeklyRule> result = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                String field = "rules." + i;
                Rule rule = Fields.required(field, rules.get(i));
                try {
                    result.add(new WeeklyRule(Fields.required(field + ".dayOfWeek",
                            Fields.enumValue(field + ".dayOfWeek", DayOfWeek.class, rule.dayOfWeek())),
                            Fields.required(field + ".start", Fields.time(field + ".start", rule.start())),
                            Fields.required(field + ".end", Fields.time(field + ".end", rule.end())),
                            Fields.date(field + ".effectiveFrom", rule.effectiveFrom()),
                            Fields.date(field + ".effectiveUntil", rule.effectiveUntil())));
                } catch (IllegalArgumentException e) {
                    throw new InvalidRequestException(field, e.getMessage());
                }
            }
            return result;
        }

        public static Schedule from(List<WeeklyRule> rules) {
            return new Schedule(rules.stream().map(rule -> new Rule(rule.dayOfWeek().name(), rule.start().toString(),
                    rule.end().toString(), rule.effectiveFrom() == null ? null : rule.effectiveFrom().toString(),
                    rule.effectiveUntil() == null ? null : rule.effectiveUntil().toString())).toList());
        }
    }

    /** One weekly rule: a weekday and local start and end ("00:00" as end means midnight). */
    @Introspected
    public record Rule(@Nullable String dayOfWeek, @Nullable String start, @Nullable String end,
                       @Nullable String effectiveFrom, @Nullable String effectiveUntil) {
    }

    /** POST .../exceptions and its response. */
    @Introspected
    public record Exception(@Nullable String id, @Nullable String kind, @Nullable String date, @Nullable String start,
                            @Nullable String end, @Nullable String from, @Nullable String until,
                            @Nullable String reason) {
        public ExceptionDetails toDetails() {
            return new ExceptionDetails(Fields.required("kind", Fields.enumValue("kind", ExceptionKind.class, kind)),
                    Fields.date("date", date), Fields.time("start", start), Fields.time("end", end),
                    Fields.instant("from", from), Fields.instant("until", until), reason);
        }

        public static Exception from(ScheduleException exception, ZoneId zone) {
            return new Exception(exception.id(), exception.kind().name(),
                    exception.date() == null ? null : exception.date().toString(),
                    exception.start() == null ? null : exception.start().toString(),
                    exception.end() == null ? null : exception.end().toString(),
                    Fields.format(exception.from(), zone), Fields.format(exception.until(), zone), exception.reason());
        }
    }
}
