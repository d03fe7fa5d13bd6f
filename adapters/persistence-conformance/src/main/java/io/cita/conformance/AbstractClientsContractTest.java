package io.cita.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cita.application.error.ConflictException;
import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.client.Client;
import io.cita.domain.shared.EmailAddress;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.shared.PhoneNumber;
import io.cita.domain.tenant.Tenant;
import org.junit.jupiter.api.Test;

/** Contract of the Clients port: phone and e-mail unique within a tenant, free across tenants. */
public abstract class AbstractClientsContractTest extends PersistenceContract {

    @Test
    void givenAClient_itIsFoundByIdPhoneAndEmail_andItsIdByPhoneAndEmail() {
        Tenant tenant = newTenant();
        Client client = new Client(id(IdPrefix.CLIENT), tenant.id(), "Lucía", "Pérez",
                new EmailAddress(uniqueSlug() + "@example.com"), new PhoneNumber(uniquePhone()), true);
        stores().clients().create(client, null);

        assertThat(stores().clients().find(tenant.id(), client.id())).contains(client);
        assertThat(stores().clients().findByPhone(tenant.id(), client.phone().value())).contains(client);
        assertThat(stores().clients().idByPhone(tenant.id(), client.phone().value())).contains(client.id());
        assertThat(stores().clients().idByEmail(tenant.id(), client.email().value())).contains(client.id());
        assertThat(stores().clients().idByEmail(newTenant().id(), client.email().value())).isEmpty();
        assertThat(stores().clients().find(newTenant().id(), client.id())).isEmpty();
    }

    @Test
    void givenATakenPhone_anotherClientOfTheTenantConflicts_butAnotherTenantMayUseIt() {
        Tenant tenant = newTenant();
        Client first = newClient(tenant);
        Client twin = new Client(id(IdPrefix.CLIENT), tenant.id(), "Other", null, null, first.phone(), true);

        assertThatThrownBy(() -> stores().clients().create(twin,
                audit(tenant.id(), "client.created", twin.id(), null, twin))).isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).field()).isEqualTo("phone");
        assertThat(stores().clients().find(tenant.id(), twin.id())).isEmpty();
        assertThat(auditIds(tenant.id())).as("a refused client has no audit entry").isEmpty();

        Tenant other = newTenant();
        Client elsewhere = new Client(id(IdPrefix.CLIENT), other.id(), "Other", null, null, first.phone(), true);
        stores().clients().create(elsewhere, null);
        assertThat(stores().clients().findByPhone(other.id(), first.phone().value())).contains(elsewhere);
    }

    @Test
    void givenATakenEmail_updatingAnotherClientToItConflicts() {
        Tenant tenant = newTenant();
        EmailAddress email = new EmailAddress(uniqueSlug() + "@example.com");
        stores().clients().create(new Client(id(IdPrefix.CLIENT), tenant.id(), "A", null, email, null, true), null);
        Client other = newClient(tenant);
        Client taken = new Client(other.id(), tenant.id(), "B", null, email, other.phone(), true);

        assertThatThrownBy(() -> stores().clients().update(taken,
                audit(tenant.id(), "client.updated", other.id(), other, taken))).isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).field()).isEqualTo("email");
        assertThat(stores().clients().find(tenant.id(), other.id())).contains(other);
        assertThat(auditIds(tenant.id())).as("a refused update has no audit entry").isEmpty();
    }

    @Test
    void givenDeactivation_theClientStaysReadable_andListed() {
        Tenant tenant = newTenant();
        Client client = newClient(tenant);
        stores().clients().update(client.deactivated(), null);

        assertThat(stores().clients().find(tenant.id(), client.id())).contains(client.deactivated());
        assertThat(stores().clients().list(tenant.id(), new PageRequest(50, null)).items())
                .containsExactly(client.deactivated());
    }

    @Test
    void givenACreationAndAnUpdate_eachWritesItsAuditEntryWithIt() {
        Tenant tenant = newTenant();
        Client client = new Client(id(IdPrefix.CLIENT), tenant.id(), "Lucía", null, null,
                new PhoneNumber(uniquePhone()), true);
        Client renamed = new Client(client.id(), tenant.id(), "Lucía", "Pérez", null, client.phone(), true);
        AuditRecord created = audit(tenant.id(), "client.created", client.id(), null, client);
        AuditRecord updated = audit(tenant.id(), "client.updated", client.id(), client, renamed);

        stores().clients().create(client, created);
        stores().clients().update(renamed, updated);

        assertThat(auditIds(tenant.id())).containsExactlyInAnyOrder(created.entry().id(), updated.entry().id());
        assertThat(stores().clients().find(tenant.id(), client.id())).contains(renamed);
    }
}
