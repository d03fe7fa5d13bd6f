package io.cita.adapters.dynamodb;

import io.cita.domain.plan.DefaultPlans;
import io.cita.domain.plan.Plan;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.plan.PlanLimits;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Maps a plan to and from its item in the Plans table (PK PLAN#code, SK META#PLAN). */
final class PlanItems {
    private PlanItems() {
    }

    static Map<String, AttributeValue> toItem(Plan plan) {
        PlanLimits limits = plan.limits();
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("plan", Attrs.s(plan.code().name()));
        item.put("maxServices", Attrs.n(limits.services()));
        item.put("maxResources", Attrs.n(limits.resources()));
        item.put("maxStaffUsers", Attrs.n(limits.staffUsers()));
        item.put("maxBookingsPerMonth", Attrs.n(limits.bookingsPerMonth()));
        item.put("messageCredits", Attrs.n(limits.messageCredits()));
        item.put("requestsPerMinute", Attrs.n(limits.requestsPerMinute()));
        item.put("voiceMinutesPerMonth", Attrs.n(limits.voiceMinutesPerMonth()));
        return item;
    }

    static Plan fromItem(PlanCode code, Map<String, AttributeValue> item) {
        return new Plan(code, new PlanLimits((int) Attrs.num(item, "maxServices", 0),
                (int) Attrs.num(item, "maxResources", 0), (int) Attrs.num(item, "maxStaffUsers", 0),
                (int) Attrs.num(item, "maxBookingsPerMonth", 0), (int) Attrs.num(item, "messageCredits", 0),
                (int) Attrs.num(item, "requestsPerMinute", 0),
                (int) Attrs.num(item, "voiceMinutesPerMonth", DefaultPlans.of(code).limits().voiceMinutesPerMonth())));
    }
}
