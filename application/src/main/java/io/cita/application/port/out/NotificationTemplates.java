package io.cita.application.port.out;

import io.cita.domain.notification.MessageTemplate;
import io.cita.domain.notification.NotificationKind;
import io.cita.domain.tenant.Language;
import java.util.List;
import java.util.Optional;

/** Outgoing persistence port of a tenant's own notification templates (seed 001's notification_templates). */
public interface NotificationTemplates {
    Optional<MessageTemplate> find(String tenantId, NotificationKind kind, Language language);

    /**
     * Stores the tenant's template of its kind in {@code language}, replacing the one it had, with its audit entry
     * (null: none) in one atomic step.
     */
    void save(String tenantId, Language language, MessageTemplate template, AuditRecord audit);

    /** Removes the tenant's template with its audit entry; false, writing neither, when it had none. */
    boolean delete(String tenantId, NotificationKind kind, Language language, AuditRecord audit);

    /** The tenant's own templates, in no particular order. */
    List<Stored> list(String tenantId);

    /** A tenant's template with its language. */
    record Stored(Language language, MessageTemplate template) {
    }
}
