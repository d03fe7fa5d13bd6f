package io.cita.adapters.postgres;

import io.cita.application.port.out.Invitations;
import io.cita.conformance.AbstractInvitationsContractTest;
import io.cita.conformance.Stores;

/** The invitations contract against PostgreSQL. */
class PostgresInvitationsContractTest extends AbstractInvitationsContractTest {
    @Override
    protected Stores stores() {
        return PostgresTestStores.get();
    }

    @Override
    protected Invitations invitations() {
        return PostgresTestStores.context().getBean(PostgresInvitations.class);
    }
}
