package io.cita.adapters.postgres;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.ClientErasures;
import io.cita.domain.client.Client;
import io.cita.domain.client.Erasure;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Erases a client's personal data from every table in one transaction: what is theirs alone (notes, their
 * conversation, who last wrote to them, their feedback's comment and phone, their calls' transcripts) is removed; the
 * deliveries to them lose their address and text and, while still to be sent, are skipped; any other text that
 * mentions them (audit values, idempotent replies, webhook payloads, reasons and notes) is redacted.
 */
@Singleton
@Requires(env = "postgres")
public class PostgresClientErasures implements ClientErasures {
    private final PostgresTransactions tx;
    private final PostgresClients clients;

    public PostgresClientErasures(PostgresTransactions tx, PostgresClients clients) {
        this.tx = tx;
        this.clients = clients;
    }

    @Override
    public void erase(Erasure erasure, AuditRecord audit) {
        Client client = erasure.client();
        String tenant = client.tenantId();
        List<String> addresses = erasure.addresses();
        List<String> phones = Stream.concat(erasure.phones().stream(), erasure.phoneDigits().stream()).toList();
        List<String> needles = erasure.needles().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        UnaryOperator<String> mentions = erasure::redact;
        UnaryOperator<String> theirs = erasure::redactTheirs;
        tx.write(c -> {
            Sql.update(c, "UPDATE appointments SET client_notes = NULL WHERE tenant_id = ? AND client_id = ? "
                    + "AND client_notes IS NOT NULL", tenant, client.id());
            rewrite(c, theirs, List.of(), "appointments", "id", "cancellation_reason", "text",
                    "tenant_id = ? AND client_id = ?", tenant, client.id());
            Sql.update(c, "UPDATE notifications SET status = 'skipped', reason = ?, next_attempt_at = NULL, "
                    + "claimed_by = NULL, claim_expires_at = NULL WHERE tenant_id = ? AND recipient = ANY(?) "
                    + "AND status IN ('queued', 'failed')", Erasure.SKIPPED_REASON, tenant, addresses);
            Sql.update(c, "UPDATE notifications SET recipient = ?, payload = '', last_error = NULL, updated_at = ? "
                    + "WHERE tenant_id = ? AND recipient = ANY(?)", Client.ERASED, erasure.at(), tenant, addresses);
            rewrite(c, mentions, needles, "notifications", "id", "payload", "text", "tenant_id = ?", tenant);
            Sql.update(c, "DELETE FROM message_recipients WHERE tenant_id = ? AND address = ANY(?)", tenant,
                    addresses);
            Sql.update(c, "DELETE FROM conversations WHERE tenant_id = ? AND phone = ANY(?)", tenant, phones);
            Sql.update(c, "UPDATE feedback_requests SET phone = '', comment = NULL, form_hash = NULL, "
                    + "version = version + 1 WHERE tenant_id = ? AND client_id = ?", tenant, client.id());
            rewrite(c, theirs, List.of(), "feedback_requests", "id", "note", "text", "tenant_id = ? AND client_id = ?",
                    tenant, client.id());
            Sql.update(c, "UPDATE vapi_call_logs SET caller_phone = NULL, transcript = NULL, summary = NULL, "
                    + "entities_extracted = NULL, booking_error = NULL WHERE tenant_id = ? AND (caller_phone = ANY(?) "
                    + "OR appointment_id IN (SELECT id FROM appointments WHERE tenant_id = ? AND client_id = ?))",
                    tenant, phones, tenant, client.id());
            for (String said : List.of("transcript", "summary", "entities_extracted")) {
                rewrite(c, mentions, needles, "vapi_call_logs", "id", said, "text", "tenant_id = ?", tenant);
            }
            for (String digits : erasure.phoneDigits()) {
                Sql.update(c, "UPDATE webhook_events SET payload = '', processed_at = ? WHERE processed_at IS NULL "
                        + "AND strpos(payload, ?) > 0", erasure.at(), digits);
            }
            rewrite(c, mentions, needles, "idempotency_keys", "idem_key", "body", "text", "tenant_id = ?", tenant);
            rewrite(c, mentions, needles, "audit_logs", "id", "old_values", "jsonb", "tenant_id = ?", tenant);
            rewrite(c, mentions, needles, "audit_logs", "id", "new_values", "jsonb", "tenant_id = ?", tenant);
            clients.update(erasure.erased(), audit);
            return null;
        });
    }

    /**
     * Rewrites {@code column} of the rows matching {@code where}, and containing one of {@code needles} (lower case;
     * none: every row with a value), with {@code redaction}; {@code type} is the column's type, its text cast back.
     */
    private static void rewrite(Connection c, UnaryOperator<String> redaction, List<String> needles, String table,
                                String key, String column, String type, String where, Object... params) {
        String found = needles.isEmpty() ? column + " IS NOT NULL" : "(" + String.join(" OR ", needles.stream()
                .map(n -> "strpos(lower(" + column + "::text), ?) > 0").toList()) + ")";
        List<Object> selectParams = new ArrayList<>(List.of(params));
        selectParams.addAll(needles);
        List<String[]> rows = Sql.query(c, rs -> new String[] {rs.getString(1), rs.getString(2)}, "SELECT " + key
                + ", " + column + "::text FROM " + table + " WHERE " + where + " AND " + found,
                selectParams.toArray());
        for (String[] row : rows) {
            List<Object> updateParams = new ArrayList<>(List.of(redaction.apply(row[1])));
            updateParams.addAll(List.of(params));
            updateParams.add(row[0]);
            Sql.update(c, "UPDATE " + table + " SET " + column + " = CAST(? AS " + type + ") WHERE " + where
                    + " AND " + key + " = ?", updateParams.toArray());
        }
    }
}
