package io.cita.adapters.dynamodb;

import io.cita.application.port.out.Invitations;
import io.cita.conformance.AbstractInvitationsContractTest;
import io.cita.conformance.Stores;

/** The invitations contract against DynamoDB Local. */
class DynamoInvitationsContractTest extends AbstractInvitationsContractTest {
    @Override
    protected Stores stores() {
        return DynamoTestStores.get();
    }

    @Override
    protected Invitations invitations() {
        return DynamoTestStores.context().getBean(DynamoInvitations.class);
    }
}
