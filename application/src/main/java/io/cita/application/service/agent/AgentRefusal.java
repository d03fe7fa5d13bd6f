package io.cita.application.service.agent;

import io.cita.domain.agent.AgentFailure;
import java.util.Map;

/** A tool call that cannot do what it asked, thrown inside the tool set and answered as a failed result. */
final class AgentRefusal extends RuntimeException {
    private final transient AgentFailure failure;
    private final transient Object[] details;
    private final transient Map<String, Object> data;

    AgentRefusal(AgentFailure failure, Map<String, Object> data, Object... details) {
        super(failure.code(), null, false, false);
        this.failure = failure;
        this.details = details;
        this.data = data;
    }

    AgentFailure failure() {
        return failure;
    }

    Object[] details() {
        return details;
    }

    Map<String, Object> data() {
        return data;
    }
}
