package io.cita.domain.availability;

import io.cita.domain.catalog.ResourceRequirement;
import io.cita.domain.catalog.Service;
import io.cita.domain.resource.Resource;
import io.cita.domain.resource.ResourceType;
import io.cita.domain.schedule.WeeklyRule;
import io.cita.domain.shared.Money;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builders for engine tests. */
final class Fixtures {
    private Fixtures() {
    }

    static Service service(int duration, int before, int after, int interval, int capacity, int noticeMinutes,
                           int advanceDays, ResourceType... types) {
        List<ResourceRequirement> requirements = new ArrayList<>();
        for (ResourceType type : types.length == 0 ? new ResourceType[] {ResourceType.STAFF} : types) {
            requirements.add(new ResourceRequirement(type, List.of()));
        }
        return new Service("svc_1", "ten_1", null, "Cut", null, duration, before, after, interval,
                new Money(2500, "EUR"), capacity, noticeMinutes, advanceDays, 24, false, true, requirements);
    }

    static Resource resource(String id, ResourceType type, ZoneId zone) {
        return new Resource(id, "ten_1", id, type, zone, Set.of("svc_1"), true);
    }

    static List<WeeklyRule> everyDay(LocalTime start, LocalTime end) {
        List<WeeklyRule> rules = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            rules.add(new WeeklyRule(day, start, end, null, null));
        }
        return rules;
    }
}
