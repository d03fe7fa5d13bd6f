package io.cita.adapters.dynamodb;

import io.cita.application.port.out.Plans;
import io.cita.domain.plan.DefaultPlans;
import io.cita.domain.plan.Plan;
import io.cita.domain.plan.PlanCode;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/** Plans as data in the Plans table (PK PLAN#code, SK META#PLAN); a plan not stored there has its default limits. */
@Singleton
@Requires(env = "dynamodb")
public class DynamoPlans implements Plans {
    private final DynamoStore store;

    public DynamoPlans(DynamoStore store) {
        this.store = store;
    }

    @Override
    public Plan plan(PlanCode code) {
        Map<String, AttributeValue> item = store.call(() -> store.client().getItem(GetItemRequest.builder()
                .tableName(store.table("Plans")).key(Attrs.key("PLAN#" + code, "META#PLAN")).build())).item();
        return item == null || item.isEmpty() ? DefaultPlans.of(code) : PlanItems.fromItem(code, item);
    }
}
