package io.cita.application.port.in;

import java.util.List;

/**
 * The booking tools an AI agent calls (a Vapi voice assistant, an MCP client): one definition of each tool, whose
 * input schema every agent is given, and one behaviour behind it.
 */
public interface AgentToolsUseCase {
    /** Every tool, in the order agents are shown them. */
    List<AgentTool> tools();

    /** Runs one tool call; whatever happens is a result, a failure included, never an exception. */
    AgentResult call(AgentCall call);
}
