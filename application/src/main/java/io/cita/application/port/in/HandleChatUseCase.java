package io.cita.application.port.in;

/** Answering a customer's chat message in the context of the right business. */
public interface HandleChatUseCase {
    void handle(ChatMessage message);
}
