package io.cita.application.service.delivery;

import io.cita.application.error.InvalidRequestException;
import io.cita.application.error.NotFoundException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ManageWebhookEndpointsUseCase;
import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.out.WebhookEndpoints;
import io.cita.application.port.out.WebhookSender;
import io.cita.application.service.AuditTrail;
import io.cita.domain.delivery.EventType;
import io.cita.domain.delivery.WebhookEndpoint;
import io.cita.domain.shared.IdPrefix;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A tenant's webhook endpoints: URLs checked by the {@link WebhookUrlPolicy}, event types from the catalogue. */
public class WebhookEndpointService implements ManageWebhookEndpointsUseCase {
    /** A tenant has a handful of endpoints; more is a mistake or abuse. */
    static final int MAX_ENDPOINTS = 20;
    private final WebhookEndpoints endpoints;
    private final Tenants tenants;
    private final WebhookSender sender;
    private final IdGenerator ids;
    private final ClockPort clock;
    private final WebhookUrlPolicy urls;
    private final Duration secretOverlap;
    private final AuditTrail audit;

    /**
     * Endpoint URLs are checked by {@code urls}; a rotated secret keeps signing for {@code secretOverlap}; every change
     * is audited without its secrets.
     */
    public WebhookEndpointService(WebhookEndpoints endpoints, Tenants tenants, WebhookSender sender, IdGenerator ids,
                                  ClockPort clock, WebhookUrlPolicy urls, Duration secretOverlap, AuditTrail audit) {
        this.endpoints = endpoints;
        this.tenants = tenants;
        this.sender = sender;
        this.ids = ids;
        this.clock = clock;
        this.urls = urls;
        this.secretOverlap = secretOverlap;
        this.audit = audit;
    }

    @Override
    public WebhookEndpoint create(String tenantId, String url, Set<String> eventTypes, Actor actor) {
        tenants.find(tenantId).orElseThrow(() -> new NotFoundException("tenant", tenantId));
        if (endpoints.list(tenantId).size() >= MAX_ENDPOINTS) {
            throw new InvalidRequestException("url", "a business has at most " + MAX_ENDPOINTS + " webhook endpoints");
        }
        WebhookEndpoint endpoint = WebhookEndpoint.of(ids.newId(IdPrefix.WEBHOOK_ENDPOINT), tenantId,
                urls.check("url", url), types(eventTypes), sender.newSecret(), clock.now());
        endpoints.save(endpoint, record(actor, "webhook_endpoint.created", null, endpoint));
        return endpoint;
    }

    @Override
    public List<WebhookEndpoint> list(String tenantId) {
        tenants.find(tenantId).orElseThrow(() -> new NotFoundException("tenant", tenantId));
        return endpoints.list(tenantId);
    }

    @Override
    public WebhookEndpoint get(String tenantId, String endpointId) {
        return endpoints.find(tenantId, endpointId).orElseThrow(() -> new NotFoundException("webhook endpoint",
                endpointId));
    }

    @Override
    public WebhookEndpoint rotateSecret(String tenantId, String endpointId, Actor actor) {
        WebhookEndpoint current = get(tenantId, endpointId);
        WebhookEndpoint rotated = current.rotated(sender.newSecret(), clock.now(), secretOverlap);
        endpoints.save(rotated, record(actor, "webhook_endpoint.secret_rotated", current, rotated));
        return rotated;
    }

    @Override
    public WebhookEndpoint update(String tenantId, String endpointId, String url, Set<String> eventTypes,
                                  Boolean enabled, Actor actor) {
        WebhookEndpoint current = get(tenantId, endpointId);
        WebhookEndpoint changed = current.changed(url == null ? current.url() : urls.check("url", url),
                eventTypes == null ? current.eventTypes() : types(eventTypes),
                enabled == null ? current.enabled() : enabled);
        endpoints.save(changed, record(actor, "webhook_endpoint.updated", current, changed));
        return changed;
    }

    private AuditRecord record(Actor actor, String action, WebhookEndpoint before, WebhookEndpoint after) {
        return audit.pending(after.tenantId(), actor, action, "webhook_endpoint", after.id(),
                before == null ? null : EndpointAuditView.of(before), EndpointAuditView.of(after));
    }

    /** The event types named, each from the catalogue; none names every type. */
    private static Set<EventType> types(Set<String> names) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String name : names == null ? Set.<String>of() : names) {
            types.add(EventType.fromWire(name).filter(EventType::subscribable).orElseThrow(() ->
                    new InvalidRequestException("eventTypes", "unknown event type " + name + "; known: "
                            + Arrays.stream(EventType.values()).filter(EventType::subscribable)
                            .map(EventType::wireName).collect(Collectors.joining(", ")))));
        }
        return types;
    }
}
