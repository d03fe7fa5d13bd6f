package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.PageJson;
import io.cita.adapters.rest.dto.VoiceJson;
import io.cita.adapters.rest.openapi.CommonProblems;
import io.cita.adapters.rest.security.TenantAccessRule;
import io.cita.application.error.NotFoundException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ManageTenantUseCase;
import io.cita.application.port.in.ManageVoiceUseCase;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A tenant's voice assistant on Vapi and the calls it took. Owners and admins. */
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Voice")
@CommonProblems
@Controller("/v1/tenants/{tenantId}/voice")
public class VoiceController {
    private final ManageVoiceUseCase voice;
    private final ManageTenantUseCase tenants;
    private final String publicUrl;

    public VoiceController(ManageVoiceUseCase voice, ManageTenantUseCase tenants,
                           @Value("${cita.public-url}") String publicUrl) {
        this.voice = voice;
        this.tenants = tenants;
        this.publicUrl = publicUrl;
    }

    /**
     * Sets the voice assistant up or changes it. The first set-up, and one with rotateCredential, answers the server
     * credential Vapi must send (a bearer token or X-Vapi-Secret), once; Cita keeps only its hash.
     */
    @Operation(operationId = "configureVoiceAssistant")
    @Put
    public VoiceJson.Response configure(String tenantId, @Body VoiceJson.Request request,
                                        @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        ManageVoiceUseCase.Configured configured = voice.configure(tenantId, request.settings(), actor);
        return VoiceJson.Response.from(configured.assistant(), serverUrl(tenantId), configured.credential());
    }

    /** The voice assistant's set-up and the server URL to give Vapi; 404 before it is set up. */
    @Operation(operationId = "getVoiceAssistant")
    @Get
    public VoiceJson.Response get(String tenantId) {
        return voice.find(tenantId).map(assistant -> VoiceJson.Response.from(assistant, serverUrl(tenantId), null))
                .orElseThrow(() -> new NotFoundException("voice assistant", tenantId));
    }

    /** The calls the assistant took, newest first: caller, times, why it ended, transcript, summary, booking. */
    @Operation(operationId = "listVoiceCalls")
    @Get("/calls")
    public PageJson<VoiceJson.Call> calls(String tenantId, @Nullable @QueryValue Integer limit,
                                          @Nullable @QueryValue String cursor) {
        return PageJson.from(voice.calls(tenantId, Paging.of(limit, cursor)), VoiceJson.Call::from);
    }

    private String serverUrl(String tenantId) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/webhooks/vapi/" + tenants.get(tenantId).slug().value();
    }
}
