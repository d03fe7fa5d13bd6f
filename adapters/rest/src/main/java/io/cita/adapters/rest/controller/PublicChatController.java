package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.WebChatJson;
import io.cita.adapters.rest.openapi.CommonProblems;
import io.cita.adapters.rest.security.AddressPolicy;
import io.cita.adapters.rest.security.PublicApiFilter;
import io.cita.adapters.rest.security.RateLimited;
import io.cita.application.port.in.WebChatUseCase;
import io.cita.domain.tenant.Tenant;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestAttribute;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The web chat of a business's booking page and widget: the WhatsApp booking conversation, over HTTP. */
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "publishableKey")
@Tag(name = "Public booking")
@CommonProblems
@Controller("/v1/public/{slug}/chat")
public class PublicChatController {
    private final WebChatUseCase chat;

    public PublicChatController(WebChatUseCase chat) {
        this.chat = chat;
    }

    /**
     * Answers a visitor's chat message with the booking conversation's replies and options, as on WhatsApp. The
     * visitor gives their name and phone (E.164) with each message; the answer's conversationId continues the
     * conversation.
     */
    @Operation(operationId = "chatPublic")
    @RateLimited(AddressPolicy.WEB_CHAT)
    @Post
    public WebChatJson.Response chat(String slug, @RequestAttribute(PublicApiFilter.TENANT) Tenant tenant,
                                     @Body WebChatJson.Request request) {
        return WebChatJson.Response.from(chat.chat(tenant, request.toMessage()));
    }
}
