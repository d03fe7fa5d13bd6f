package io.cita.adapters.postgres;

import io.cita.application.port.out.CallLogs;
import io.cita.application.port.out.VoiceAssistants;
import io.cita.conformance.AbstractVoiceContractTest;
import io.cita.conformance.Stores;

/** The voice assistant and call log contract against PostgreSQL. */
class PostgresVoiceContractTest extends AbstractVoiceContractTest {
    @Override
    protected Stores stores() {
        return PostgresTestStores.get();
    }

    @Override
    protected VoiceAssistants assistants() {
        return PostgresTestStores.context().getBean(PostgresVoiceAssistants.class);
    }

    @Override
    protected CallLogs callLogs() {
        return PostgresTestStores.context().getBean(PostgresCallLogs.class);
    }
}
