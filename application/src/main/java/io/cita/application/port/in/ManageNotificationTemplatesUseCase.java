package io.cita.application.port.in;

import io.cita.domain.notification.MessageTemplate;
import io.cita.domain.notification.NotificationKind;
import io.cita.domain.tenant.Language;
import java.util.List;

/** The templates a tenant's notifications use: the system's defaults, or the tenant's own in their place. */
public interface ManageNotificationTemplatesUseCase {
    /** Every kind in every language, each the tenant's own ({@code custom}) or the default. */
    List<Effective> list(String tenantId);

    /** Replaces the template of a kind and language with the tenant's own; unknown variables are refused (400). */
    Effective put(String tenantId, NotificationKind kind, Language language, String subject, String body, Actor actor);

    /** Goes back to the default template. */
    Effective reset(String tenantId, NotificationKind kind, Language language, Actor actor);

    /** The template in use for a kind and language, and whether it is the tenant's own. */
    record Effective(Language language, MessageTemplate template, boolean custom) {
    }
}
