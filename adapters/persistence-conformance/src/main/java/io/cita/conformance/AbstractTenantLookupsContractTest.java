package io.cita.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cita.application.error.ConflictException;
import io.cita.domain.conversation.BusinessNames;
import io.cita.domain.tenant.Tenant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * How the booking chat finds a business without paging through tenants: by its own WhatsApp number (one tenant per
 * number) and by the name keys of "which business?", both kept in step with every change of the tenant.
 */
public abstract class AbstractTenantLookupsContractTest extends PersistenceContract {

    private static String randomWord() {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    private static String randomNumberId() {
        return Long.toString(100_000_000_000L + ThreadLocalRandom.current().nextLong(900_000_000_000L));
    }

    private static Tenant withNumber(Tenant tenant, String numberId) {
        Map<String, String> settings = new HashMap<>(tenant.settings());
        if (numberId == null) {
            settings.remove(Tenant.WHATSAPP_NUMBER_SETTING);
        } else {
            settings.put(Tenant.WHATSAPP_NUMBER_SETTING, numberId);
        }
        return tenant.withProfile(tenant.name(), tenant.businessType(), tenant.timezone(), tenant.locale(), settings);
    }

    @Test
    void aTenantIsFoundByItsOwnWhatsAppNumber_andNoLongerByOneItGaveUp() {
        Tenant tenant = newTenant();
        String first = randomNumberId();
        String second = randomNumberId();

        stores().tenants().update(withNumber(tenant, first), null);
        assertThat(stores().tenants().findByWhatsAppNumber(first)).map(Tenant::id).contains(tenant.id());

        stores().tenants().update(withNumber(tenant, second), null);
        assertThat(stores().tenants().findByWhatsAppNumber(first)).isEmpty();
        assertThat(stores().tenants().findByWhatsAppNumber(second)).map(Tenant::id).contains(tenant.id());

        stores().tenants().update(withNumber(tenant, null), null);
        assertThat(stores().tenants().findByWhatsAppNumber(second)).isEmpty();
    }

    @Test
    void aNumberAnotherTenantHasConflicts_andChangesNothing() {
        Tenant holder = newTenant();
        Tenant other = newTenant();
        String number = randomNumberId();
        stores().tenants().update(withNumber(holder, number), null);

        Tenant renamed = withNumber(other, number);
        Tenant attempt = renamed.withProfile("Renamed " + randomWord(), renamed.businessType(), renamed.timezone(),
                renamed.locale(), renamed.settings());
        assertThatThrownBy(() -> stores().tenants().update(attempt, null)).isInstanceOf(ConflictException.class);

        assertThat(stores().tenants().findByWhatsAppNumber(number)).map(Tenant::id).contains(holder.id());
        assertThat(stores().tenants().find(other.id())).map(Tenant::name).contains(other.name());
    }

    @Test
    void aTenantIsFoundByTheFirstLettersOfAWordOfItsName_andNotByAWordItNoLongerHas() {
        String word = randomWord();
        Tenant tenant = newTenant();
        Tenant named = tenant.withProfile("Estudio " + word, tenant.businessType(), tenant.timezone(), tenant.locale(),
                tenant.settings());
        stores().tenants().update(named, null);

        String typo = word.substring(0, 5) + "x" + word.substring(6);
        assertThat(stores().tenants().withNameKeys(BusinessNames.keysOf(typo), 20)).extracting(Tenant::id)
                .containsExactly(tenant.id());

        String other = randomWord();
        stores().tenants().update(named.withProfile("Estudio " + other, named.businessType(), named.timezone(),
                named.locale(), named.settings()), null);
        assertThat(stores().tenants().withNameKeys(BusinessNames.keysOf(word), 20)).isEmpty();
        assertThat(stores().tenants().withNameKeys(BusinessNames.keysOf(other), 20)).extracting(Tenant::id)
                .containsExactly(tenant.id());
    }

    @Test
    void manyTenantsSharingAKeyAreCutAtTheLimit() {
        assertThat(stores().tenants().withNameKeys(BusinessNames.keysOf("Bella"), 3)).hasSizeLessThanOrEqualTo(3);
        for (int i = 0; i < 4; i++) {
            newTenant();
        }
        assertThat(stores().tenants().withNameKeys(BusinessNames.keysOf("Bella"), 3)).hasSize(3);
    }

    @Test
    void theTenantSharingTheMostKeysComesFirst_evenWhenACommonKeyHasMoreThanTheLimit() {
        for (int i = 0; i < 4; i++) {
            newTenant();
        }
        String word = randomWord();
        Tenant tenant = newTenant();
        stores().tenants().update(tenant.withProfile("Bella " + word, tenant.businessType(), tenant.timezone(),
                tenant.locale(), tenant.settings()), null);
        assertThat(stores().tenants().withNameKeys(BusinessNames.keysOf("Bella " + word), 3)).extracting(Tenant::id)
                .first().isEqualTo(tenant.id());
    }
}
