package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.Fields;
import io.cita.adapters.rest.dto.PageJson;
import io.cita.adapters.rest.dto.WebhookJson;
import io.cita.adapters.rest.openapi.CommonProblems;
import io.cita.adapters.rest.security.TenantAccessRule;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ManageWebhookEndpointsUseCase;
import io.cita.application.port.in.ReadDeliveriesUseCase;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.delivery.DeliveryStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** A tenant's outbound webhooks: its endpoints, and the log of every delivery with replay. Owners and admins. */
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Webhooks")
@CommonProblems
@Controller("/v1/tenants/{tenantId}")
public class WebhookController {
    private final ManageWebhookEndpointsUseCase endpoints;
    private final ReadDeliveriesUseCase deliveries;

    public WebhookController(ManageWebhookEndpointsUseCase endpoints, ReadDeliveriesUseCase deliveries) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
    }

    /**
     * Creates a webhook endpoint. Cita posts the events it subscribes to, signed with Standard Webhooks; the answer
     * is the only time its whsec_ secret is shown. The URL must be https and not point into a private network.
     */
    @Operation(operationId = "createWebhookEndpoint")
    @Post("/webhook-endpoints")
    public HttpResponse<WebhookJson.Response> create(String tenantId, @Body WebhookJson.Request request,
                                                     @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return HttpResponse.created(WebhookJson.Response.from(endpoints.create(tenantId,
                Fields.required("url", request.url()), request.eventTypes(), actor), true));
    }

    /**
     * Lists the tenant's webhook endpoints.
     */
    @Operation(operationId = "listWebhookEndpoints")
    @Get("/webhook-endpoints")
    public List<WebhookJson.Response> list(String tenantId) {
        return endpoints.list(tenantId).stream().map(endpoint -> WebhookJson.Response.from(endpoint, false)).toList();
    }

    /**
     * Changes a webhook endpoint's URL, event types or enabled flag. Enabling it again clears why it was disabled.
     */
    @Operation(operationId = "updateWebhookEndpoint")
    @Patch("/webhook-endpoints/{endpointId}")
    public WebhookJson.Response update(String tenantId, String endpointId, @Body WebhookJson.Request request,
                                       @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return WebhookJson.Response.from(endpoints.update(tenantId, endpointId, request.url(), request.eventTypes(),
                request.enabled(), actor), false);
    }

    /**
     * Rotates a webhook endpoint's signing secret. The answer shows the new secret, once; the old one signs too (a
     * second signature) for 24 hours, so the receiver can switch without losing a message.
     */
    @Operation(operationId = "rotateWebhookSecret")
    @Post("/webhook-endpoints/{endpointId}/rotate-secret")
    public WebhookJson.Response rotateSecret(String tenantId, String endpointId,
                                             @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return WebhookJson.Response.from(endpoints.rotateSecret(tenantId, endpointId, actor), true);
    }

    /**
     * Lists the tenant's deliveries. Every webhook call with its status, attempts, next attempt and last error,
     * filtered by status and channel.
     */
    @Operation(operationId = "listDeliveries")
    @Get("/deliveries")
    public PageJson<WebhookJson.DeliveryResponse> deliveries(String tenantId, @Nullable @QueryValue String status,
                                                             @Nullable @QueryValue String channel,
                                                             @Nullable @QueryValue Integer limit,
                                                             @Nullable @QueryValue String cursor) {
        return PageJson.from(deliveries.list(tenantId, Fields.enumValue("status", DeliveryStatus.class, status),
                Fields.enumValue("channel", DeliveryChannel.class, channel), Paging.of(limit, cursor)),
                WebhookJson.DeliveryResponse::from);
    }

    /**
     * Replays a delivery. It is queued again, due at once, whatever became of it.
     */
    @Operation(operationId = "replayDelivery")
    @Post("/deliveries/{deliveryId}/replay")
    public WebhookJson.DeliveryResponse replay(String tenantId, String deliveryId,
                                               @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return WebhookJson.DeliveryResponse.from(deliveries.replay(tenantId, deliveryId, actor));
    }
}
