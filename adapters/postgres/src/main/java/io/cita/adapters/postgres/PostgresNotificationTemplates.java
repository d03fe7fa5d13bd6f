package io.cita.adapters.postgres;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.NotificationTemplates;
import io.cita.domain.notification.MessageTemplate;
import io.cita.domain.notification.NotificationKind;
import io.cita.domain.tenant.Language;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** A tenant's own notification templates in seed 001's notification_templates. */
@Singleton
@Requires(env = "postgres")
public class PostgresNotificationTemplates implements NotificationTemplates {
    private final PostgresTransactions tx;

    public PostgresNotificationTemplates(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<MessageTemplate> find(String tenantId, NotificationKind kind, Language language) {
        return tx.read(c -> Sql.one(c, rs -> new MessageTemplate(kind, rs.getString("subject"), rs.getString("body")),
                "SELECT subject, body FROM notification_templates WHERE tenant_id = ? AND kind = ? AND language = ?",
                tenantId, kind.name(), language.name()));
    }

    @Override
    public void save(String tenantId, Language language, MessageTemplate template, AuditRecord audit) {
        tx.write(c -> {
            Sql.update(c, "INSERT INTO notification_templates (tenant_id, kind, language, subject, body, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?, now()) ON CONFLICT (tenant_id, kind, language) DO UPDATE SET "
                            + "subject = EXCLUDED.subject, body = EXCLUDED.body, updated_at = now()", tenantId,
                    template.kind().name(), language.name(), template.subject(), template.body());
            PostgresAuditLog.insert(c, audit);
            return null;
        });
    }

    @Override
    public boolean delete(String tenantId, NotificationKind kind, Language language, AuditRecord audit) {
        return PostgresAuditLog.changeOne(tx, audit, c -> Sql.update(c, "DELETE FROM notification_templates "
                + "WHERE tenant_id = ? AND kind = ? AND language = ?", tenantId, kind.name(), language.name()));
    }

    @Override
    public List<Stored> list(String tenantId) {
        return tx.read(c -> Sql.query(c, rs -> new Stored(Language.valueOf(rs.getString("language")),
                new MessageTemplate(NotificationKind.valueOf(rs.getString("kind")), rs.getString("subject"),
                        rs.getString("body"))), "SELECT kind, language, subject, body FROM notification_templates "
                + "WHERE tenant_id = ?", tenantId));
    }
}
