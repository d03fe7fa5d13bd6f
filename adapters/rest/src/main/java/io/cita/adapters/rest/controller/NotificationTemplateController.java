package io.cita.adapters.rest.controller;

import io.cita.adapters.rest.dto.Fields;
import io.cita.adapters.rest.dto.TemplateJson;
import io.cita.adapters.rest.openapi.CommonProblems;
import io.cita.adapters.rest.security.TenantAccessRule;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ManageNotificationTemplatesUseCase;
import io.cita.domain.notification.NotificationKind;
import io.cita.domain.tenant.Language;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestAttribute;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** The templates of a tenant's notifications: read by its staff, replaced and reset by owners and admins. */
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Tenant")
@CommonProblems
@Controller("/v1/tenants/{tenantId}/notification-templates")
public class NotificationTemplateController {
    private final ManageNotificationTemplatesUseCase templates;

    public NotificationTemplateController(ManageNotificationTemplatesUseCase templates) {
        this.templates = templates;
    }

    /**
     * Lists the templates in use. Every kind (BOOKING_CONFIRMED, BOOKING_PENDING, BOOKING_RESCHEDULED,
     * BOOKING_CANCELLED, BOOKING_REMINDER, and to staff STAFF_BOOKING_NEW, STAFF_BOOKING_MOVED,
     * STAFF_BOOKING_CANCELLED) in every language (ES, EN), the tenant's own where it has one.
     */
    @Operation(operationId = "listNotificationTemplates")
    @Get
    public List<TemplateJson.Response> list(String tenantId) {
        return templates.list(tenantId).stream().map(TemplateJson.Response::from).toList();
    }

    /**
     * Replaces a template with the tenant's own. A variable outside the catalogue is refused with 400 naming the
     * subject or body, when the template is saved rather than when a message is sent.
     */
    @Operation(operationId = "putNotificationTemplate")
    @Put("/{kind}/{language}")
    public TemplateJson.Response put(String tenantId, String kind, String language, @Body TemplateJson.Request request,
                                     @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return TemplateJson.Response.from(templates.put(tenantId, kindOf(kind), languageOf(language),
                Fields.required("subject", request.subject()), Fields.required("body", request.body()), actor));
    }

    /**
     * Resets a template to the system's default.
     */
    @Operation(operationId = "resetNotificationTemplate")
    @Delete("/{kind}/{language}")
    public TemplateJson.Response reset(String tenantId, String kind, String language,
                                       @RequestAttribute(TenantAccessRule.ACTOR) Actor actor) {
        return TemplateJson.Response.from(templates.reset(tenantId, kindOf(kind), languageOf(language), actor));
    }

    private static NotificationKind kindOf(String kind) {
        return Fields.required("kind", Fields.enumValue("kind", NotificationKind.class, kind));
    }

    private static Language languageOf(String language) {
        return Fields.required("language", Fields.enumValue("language", Language.class, language));
    }
}
