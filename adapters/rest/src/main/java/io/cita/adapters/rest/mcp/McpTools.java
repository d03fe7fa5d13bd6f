package io.cita.adapters.rest.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.AgentCall;
import io.cita.application.port.in.AgentResult;
import io.cita.application.port.in.AgentTool;
import io.cita.application.port.in.AgentToolsUseCase;
import io.cita.domain.booking.Channel;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;

/**
 * The agent tool set as MCP tools: each tool's name, description and input schema from its one definition, with
 * hints of whether it only reads; a call runs at the tenant of the caller's key, as the key, through channel AGENT,
 * and answers the tool's result as text (its JSON) and as structured content, an error result when it failed.
 */
final class McpTools {
    static final String TENANT = "tenantId";
    static final String ACTOR = "actor";

    private McpTools() {
    }

    static List<SyncToolSpecification> of(AgentToolsUseCase tools, ObjectMapper json) {
        return tools.tools().stream().map(tool -> SyncToolSpecification.builder()
                .tool(McpSchema.Tool.builder(tool.name()).description(tool.description())
                        .inputSchema(tool.inputSchema())
                        .annotations(new McpSchema.ToolAnnotations(null, !tool.changes(), null, !tool.changes(),
                                false, null)).build())
                .callHandler((context, request) -> call(tools, json, tool, context, request)).build()).toList();
    }

    private static McpSchema.CallToolResult call(AgentToolsUseCase tools, ObjectMapper json, AgentTool tool,
                                                 McpTransportContext context, McpSchema.CallToolRequest request) {
        AgentResult result = tools.call(new AgentCall((String) context.get(TENANT), tool.name(), request.arguments(),
                null, Channel.AGENT, (Actor) context.get(ACTOR)));
        Map<String, Object> body = result.flattened();
        try {
            return McpSchema.CallToolResult.builder().addTextContent(json.writeValueAsString(body))
                    .structuredContent(body).isError(!result.ok()).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tool result could not be written as JSON", e);
        }
    }
}
