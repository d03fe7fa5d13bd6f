package io.cita.adapters.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.port.query.UserAccount;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.shared.EmailAddress;
import io.cita.domain.tenant.BusinessType;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Slug;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.tenant.TenantStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A tenant Cita signs up is marked as having every booking in the slot locks (so seed bookings are not looked for);
 * a tenant without the mark, like seed 000's, is not, and the mark survives an update of the tenant item.
 */
class SlotLockCoverageTest {
    private final DynamoStore store = DynamoTestStores.context().getBean(DynamoStore.class);
    private final DynamoTenants tenants = DynamoTestStores.context().getBean(DynamoTenants.class);

    @Test
    void aSignedUpTenantIsCovered_anUnknownOneIsNot() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Tenant tenant = new Tenant("ten_" + unique, new Slug("coverage-" + unique), "Coverage", BusinessType.SALON,
                ZoneId.of("Europe/Madrid"), "ES", "EUR", Language.ES, PlanCode.FREE, TenantStatus.TRIAL, Map.of(),
                Instant.now());
        tenants.createWithOwner(tenant, new UserAccount("usr_" + unique,
                new EmailAddress("coverage-" + unique + "@example.com"), "$2a$hash", "Ana", "García", Instant.now()),
                null);
        tenants.update(tenant, null);

        assertThat(new SlotLockCoverage(store).complete(tenant.id())).isTrue();
        assertThat(new SlotLockCoverage(store).complete("SEEDTENANT" + unique)).isFalse();
    }
}
