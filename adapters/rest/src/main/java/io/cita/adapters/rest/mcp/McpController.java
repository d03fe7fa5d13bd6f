package io.cita.adapters.rest.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cita.adapters.rest.security.McpAccessFilter;
import io.cita.adapters.rest.security.TenantAccessRule;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.AgentToolsUseCase;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestAttribute;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * The agent tool set over MCP's Streamable HTTP transport, stateless: {@code POST /mcp} takes one JSON-RPC message
 * and answers JSON (a request) or 202 (a notification); there is no session and no server-sent stream, so any
 * instance answers any call. The MCP Java SDK's stateless server does the protocol; {@link McpAccessFilter} has
 * authenticated the secret key and counted the call before it gets here.
 */
@Hidden
@Controller("/mcp")
public class McpController implements McpStatelessServerTransport {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final McpJsonMapper mapper;
    private final McpStatelessSyncServer server;
    private volatile McpStatelessServerHandler handler;

    public McpController(AgentToolsUseCase tools, ObjectMapper json) {
        this.mapper = new JacksonMcpJsonMapper(json);
        this.server = McpServer.sync(this).serverInfo("cita", "1.0").jsonMapper(mapper)
                .instructions("Booking tools of one business: find offers, hold one, book it; find, cancel or move "
                        + "a customer's bookings by their phone number. Every result has a sentence to say.")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .tools(McpTools.of(tools, json)).requestTimeout(TIMEOUT).build();
    }

    @Override
    public void setMcpHandler(McpStatelessServerHandler mcpHandler) {
        this.handler = mcpHandler;
    }

    @Override
    public Mono<Void> closeGracefully() {
        return Mono.empty();
    }

    @PreDestroy
    void stop() {
        server.close();
    }

    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> message(@Body String body, @RequestAttribute(McpAccessFilter.TENANT_ID) String tenantId,
                                   @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) throws IOException {
        McpSchema.JSONRPCMessage message;
        try {
            message = McpSchema.deserializeJsonRpcMessage(mapper, body == null ? "" : body);
        } catch (IOException | IllegalArgumentException e) {
            return error(HttpStatus.BAD_REQUEST, McpSchema.ErrorCodes.PARSE_ERROR, "Not a JSON-RPC message");
        }
        McpTransportContext context = McpTransportContext.create(Map.of(McpTools.TENANT, tenantId,
                McpTools.ACTOR, actor));
        if (message instanceof McpSchema.JSONRPCRequest request) {
            McpSchema.JSONRPCResponse response = handler.handleRequest(context, request)
                    .contextWrite(ctx -> ctx.put(McpTransportContext.KEY, context)).block(TIMEOUT);
            return HttpResponse.ok(mapper.writeValueAsString(response)).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        if (message instanceof McpSchema.JSONRPCNotification notification) {
            handler.handleNotification(context, notification)
                    .contextWrite(ctx -> ctx.put(McpTransportContext.KEY, context)).block(TIMEOUT);
            return HttpResponse.accepted();
        }
        return error(HttpStatus.BAD_REQUEST, McpSchema.ErrorCodes.INVALID_REQUEST,
                "The server accepts requests and notifications");
    }

    /** No server-sent stream: a stateless server has nothing to push. */
    @Get
    public HttpResponse<?> stream() {
        return HttpResponse.status(HttpStatus.METHOD_NOT_ALLOWED);
    }

    private HttpResponse<?> error(HttpStatus status, int code, String text) throws IOException {
        return HttpResponse.status(status).contentType(MediaType.APPLICATION_JSON_TYPE).body(mapper.writeValueAsString(
                new McpSchema.JSONRPCResponse(McpSchema.JSONRPC_VERSION, null, null,
                        new McpSchema.JSONRPCResponse.JSONRPCError(code, text))));
    }
}
