package io.cita.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.domain.plan.PlanCode;
import io.cita.domain.tenant.BusinessType;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Slug;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.tenant.TenantStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Which business?": the nearest operating name within a third of its length, and the keys an index looks up. */
class BusinessNamesTest {
    private static Tenant tenant(String id, String name, String slug, TenantStatus status) {
        return new Tenant(id, new Slug(slug), name, BusinessType.SALON, ZoneId.of("Europe/Madrid"), "ES", "EUR",
                Language.ES, PlanCode.FREE, status, Map.of(), Instant.EPOCH);
    }

    private final Tenant bella = tenant("ten_1", "Bella Hair Salón", "bella-hair", TenantStatus.ACTIVE);
    private final Tenant belen = tenant("ten_2", "Belén Estética", "belen", TenantStatus.ACTIVE);
    private final Tenant closed = tenant("ten_3", "Bella Hair Salons", "bella-salons", TenantStatus.SUSPENDED);

    @Test
    void aTypoWithinAThirdOfTheNameFindsTheBusiness_andTheNearestWins() {
        assertThat(BusinessNames.closest("bela hair salon", List.of(belen, bella))).contains(bella);
        assertThat(BusinessNames.closest("belen", List.of(belen, bella))).contains(belen);
    }

    @Test
    void farOffTextShortTextAndBusinessesNotOperatingFindNothing() {
        assertThat(BusinessNames.closest("dentist downtown", List.of(belen, bella))).isEmpty();
        assertThat(BusinessNames.closest("be", List.of(belen, bella))).isEmpty();
        assertThat(BusinessNames.closest("bella hair salons", List.of(closed))).isEmpty();
    }

    @Test
    void theKeysAreTheFirstThreeLettersOfEachWordOfNameAndSlug_withoutAccents() {
        assertThat(BusinessNames.keys("Bella Hair Salón", "bella-hair")).containsExactly("bel", "hai", "sal");
        assertThat(BusinessNames.keysOf("¿Belén?")).containsExactly("bel");
        assertThat(BusinessNames.keysOf("a de la")).isEmpty();
    }
}
