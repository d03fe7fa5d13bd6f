package io.cita.application.service.delivery;

import io.cita.application.error.NotFoundException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.ManageNotificationTemplatesUseCase;
import io.cita.application.port.out.NotificationTemplates;
import io.cita.application.port.out.Tenants;
import io.cita.application.service.AuditTrail;
import io.cita.domain.notification.DefaultTemplates;
import io.cita.domain.notification.MessageTemplate;
import io.cita.domain.notification.NotificationKind;
import io.cita.domain.tenant.Language;
import java.util.ArrayList;
import java.util.List;

/** A tenant's notification templates: its own where it has one, the system's default elsewhere. */
public class NotificationTemplateService implements ManageNotificationTemplatesUseCase {
    private final NotificationTemplates templates;
    private final Tenants tenants;
    private final AuditTrail audit;

    public NotificationTemplateService(NotificationTemplates templates, Tenants tenants, AuditTrail audit) {
        this.templates = templates;
        this.tenants = tenants;
        this.audit = audit;
    }

    /** The template a notification of {@code kind} in {@code language} is written with for the tenant. */
    public MessageTemplate inUse(String tenantId, NotificationKind kind, Language language) {
        return templates.find(tenantId, kind, language).orElseGet(() -> DefaultTemplates.of(kind, language));
    }

    @Override
    public List<Effective> list(String tenantId) {
        requireTenant(tenantId);
        List<Effective> effective = new ArrayList<>();
        for (NotificationKind kind : NotificationKind.values()) {
            for (Language language : Language.values()) {
                effective.add(templates.find(tenantId, kind, language)
                        .map(own -> new Effective(language, own, true))
                        .orElseGet(() -> new Effective(language, DefaultTemplates.of(kind, language), false)));
            }
        }
        return effective;
    }

    @Override
    public Effective put(String tenantId, NotificationKind kind, Language language, String subject, String body,
                         Actor actor) {
        requireTenant(tenantId);
        MessageTemplate template = new MessageTemplate(kind, subject, body);
        templates.save(tenantId, language, template, audit.pending(tenantId, actor, "notification_template.saved",
                "notification_template", kind.name() + "/" + language.name(),
                templates.find(tenantId, kind, language).orElse(null), template));
        return new Effective(language, template, true);
    }

    @Override
    public Effective reset(String tenantId, NotificationKind kind, Language language, Actor actor) {
        requireTenant(tenantId);
        templates.delete(tenantId, kind, language, audit.pending(tenantId, actor, "notification_template.reset",
                "notification_template", kind.name() + "/" + language.name(),
                templates.find(tenantId, kind, language).orElse(null), null));
        return new Effective(language, DefaultTemplates.of(kind, language), false);
    }

    private void requireTenant(String tenantId) {
        tenants.find(tenantId).orElseThrow(() -> new NotFoundException("tenant", tenantId));
    }
}
