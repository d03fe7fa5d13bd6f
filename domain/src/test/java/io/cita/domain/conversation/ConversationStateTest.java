package io.cita.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Stored conversation states, whoever wrote them. */
class ConversationStateTest {

    @Test
    void citasOwnNamesReadBackAsThemselves() {
        for (ConversationState state : ConversationState.values()) {
            assertThat(ConversationState.fromStored(state.name())).isEqualTo(state);
        }
    }

    @Test
    void seed000sServicePendingIsChoosingAService() {
        assertThat(ConversationState.fromStored("SERVICE_PENDING")).isEqualTo(ConversationState.CHOOSING_SERVICE);
        assertThat(ConversationState.fromStored("CONFIRMATION_PENDING")).isEqualTo(ConversationState.CONFIRMING);
    }

    @Test
    void seed002sSpanishStatesAreUnderstood() {
        assertThat(ConversationState.fromStored("eligiendo_horario")).isEqualTo(ConversationState.CHOOSING_TIME);
    }

    @Test
    void anUnknownOrMissingStateStartsOver() {
        assertThat(ConversationState.fromStored("SOMETHING_ELSE")).isEqualTo(ConversationState.START);
        assertThat(ConversationState.fromStored(null)).isEqualTo(ConversationState.START);
    }
}
