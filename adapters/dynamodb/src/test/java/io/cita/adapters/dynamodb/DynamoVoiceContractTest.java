package io.cita.adapters.dynamodb;

import io.cita.application.port.out.CallLogs;
import io.cita.application.port.out.VoiceAssistants;
import io.cita.conformance.AbstractVoiceContractTest;
import io.cita.conformance.Stores;

/** The voice assistant and call log contract against DynamoDB. */
class DynamoVoiceContractTest extends AbstractVoiceContractTest {
    @Override
    protected Stores stores() {
        return DynamoTestStores.get();
    }

    @Override
    protected VoiceAssistants assistants() {
        return DynamoTestStores.context().getBean(DynamoVoiceAssistants.class);
    }

    @Override
    protected CallLogs callLogs() {
        return DynamoTestStores.context().getBean(DynamoCallLogs.class);
    }
}
