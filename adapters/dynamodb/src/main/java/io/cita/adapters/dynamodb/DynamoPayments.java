package io.cita.adapters.dynamodb;

import io.cita.application.port.out.Payments;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.billing.Payment;
import io.cita.domain.billing.PaymentStatus;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Payments in the Tenants table under the tenant's partition ({@code PAYMENT#<}{@link Payment#orderKey()}{@code >},
 * listed newest first), put only when none is stored or the stored report is not newer, in one conditional write.
 */
@Singleton
@Requires(env = "dynamodb")
public class DynamoPayments implements Payments {
    private static final String TABLE = "Tenants";
    private static final String PREFIX = "PAYMENT#";
    private final DynamoStore store;

    public DynamoPayments(DynamoStore store) {
        this.store = store;
    }

    @Override
    public boolean save(Payment p) {
        Map<String, AttributeValue> item = new HashMap<>(Attrs.key(DynamoTenants.pk(p.tenantId()),
                PREFIX + p.orderKey()));
        item.put("tenantId", Attrs.s(p.tenantId()));
        item.put("invoiceId", Attrs.s(p.invoiceId()));
        Attrs.putIfPresent(item, "subscriptionId", p.subscriptionId());
        item.put("amountMinor", Attrs.n(p.amountMinor()));
        item.put("currency", Attrs.s(p.currency()));
        item.put("status", Attrs.s(p.status().name()));
        Attrs.putIfPresent(item, "method", p.method());
        Attrs.putIfPresent(item, "providerReference", p.providerReference());
        Attrs.putIfPresent(item, "invoiceUrl", p.invoiceUrl());
        item.put("createdAt", Attrs.s(Attrs.exact(p.createdAt())));
        return NewerStatePuts.put(store, TABLE, item, p.stateAt());
    }

    @Override
    public Page<Payment> list(String tenantId, PageRequest page) {
        QueryRequest query = QueryRequest.builder().tableName(store.table(TABLE))
                .keyConditionExpression("PK = :pk AND begins_with(SK, :payment)")
                .expressionAttributeValues(Map.of(":pk", Attrs.s(DynamoTenants.pk(tenantId)), ":payment",
                        Attrs.s(PREFIX))).scanIndexForward(false).consistentRead(true).build();
        return DynamoPages.query(store, query, page, List.of("PK", "SK"), DynamoPayments::map);
    }

    /** By a filtered scan: only super-admins list every payment, and rarely. */
    @Override
    public Page<Payment> listAll(PageRequest page) {
        return DynamoPages.scan(store, ScanRequest.builder().tableName(store.table(TABLE))
                .filterExpression("begins_with(SK, :payment)").expressionAttributeValues(Map.of(":payment",
                        Attrs.s(PREFIX))).build(), page, List.of("PK", "SK"), DynamoPayments::map);
    }

    private static Payment map(Map<String, AttributeValue> item) {
        return new Payment(Attrs.str(item, "tenantId"), Attrs.str(item, "invoiceId"),
                Attrs.str(item, "subscriptionId"), Attrs.num(item, "amountMinor", 0), Attrs.str(item, "currency"),
                PaymentStatus.valueOf(Attrs.str(item, "status")), Attrs.str(item, "method"),
                Attrs.str(item, "providerReference"), Attrs.str(item, "invoiceUrl"), Attrs.instant(item, "createdAt"),
                Attrs.instant(item, "stateAt"));
    }
}
