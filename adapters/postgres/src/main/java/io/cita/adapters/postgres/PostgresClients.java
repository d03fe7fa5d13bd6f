package io.cita.adapters.postgres;

import io.cita.application.error.ConflictException;
import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.Clients;
import io.cita.application.port.out.OutboxRecord;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.client.Client;
import io.cita.domain.client.ContactPreferences;
import io.cita.domain.delivery.DeliveryChannel;
import io.cita.domain.shared.EmailAddress;
import io.cita.domain.shared.PhoneNumber;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Clients in seed 001's clients table, phone and e-mail unique per tenant. */
@Singleton
@Requires(env = "postgres")
public class PostgresClients implements Clients {
    private static final String SELECT = "SELECT id, tenant_id, first_name, last_name, email, phone, is_active, "
            + "channels, transactional_consent, marketing_consent, feedback_consent, opted_out, data_deleted_at "
            + "FROM clients ";
    private final PostgresTransactions tx;

    public PostgresClients(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void create(Client client, AuditRecord audit) {
        translatingConflicts(() -> tx.write(c -> {
            ContactPreferences p = client.preferences();
            int created = Sql.update(c, "INSERT INTO clients (id, tenant_id, first_name, last_name, email, phone, "
                            + "is_active, channels, transactional_consent, marketing_consent, feedback_consent, "
                            + "opted_out) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", client.id(), client.tenantId(),
                    client.firstName(), client.lastName(), email(client), phone(client), client.active(),
                    names(p.channels()), p.transactionalConsent(), p.marketingConsent(), p.feedbackConsent(),
                    names(p.optedOut()));
            PostgresAuditLog.insert(c, audit);
            return created;
        }));
    }

    @Override
    public void update(Client client, AuditRecord audit, OutboxRecord event) {
        translatingConflicts(() -> tx.write(c -> {
            ContactPreferences p = client.preferences();
            int updated = Sql.update(c, "UPDATE clients SET first_name = ?, last_name = ?, email = ?, phone = ?, "
                            + "is_active = ?, channels = ?, transactional_consent = ?, marketing_consent = ?, "
                            + "feedback_consent = ?, opted_out = ?, data_deleted_at = ?, updated_at = now() "
                            + "WHERE tenant_id = ? AND id = ?",
                    client.firstName(), client.lastName(), email(client), phone(client), client.active(),
                    names(p.channels()), p.transactionalConsent(), p.marketingConsent(), p.feedbackConsent(),
                    names(p.optedOut()), client.dataDeletedAt(), client.tenantId(), client.id());
            if (updated == 1) {
                PostgresAuditLog.insert(c, audit);
                PostgresOutboxEvents.insert(c, event);
            }
            return updated;
        }));
    }

    @Override
    public Optional<Client> find(String tenantId, String clientId) {
        return tx.read(c -> Sql.one(c, PostgresClients::map, SELECT + "WHERE tenant_id = ? AND id = ?", tenantId, clientId));
    }

    @Override
    public Optional<Client> findByPhone(String tenantId, String phone) {
        return tx.read(c -> Sql.one(c, PostgresClients::map, SELECT + "WHERE tenant_id = ? AND phone = ?", tenantId, phone));
    }

    @Override
    public Optional<String> idByPhone(String tenantId, String phone) {
        return tx.read(c -> Sql.one(c, rs -> rs.getString("id"),
                "SELECT id FROM clients WHERE tenant_id = ? AND phone = ?", tenantId, phone));
    }

    @Override
    public Optional<String> idByEmail(String tenantId, String email) {
        return tx.read(c -> Sql.one(c, rs -> rs.getString("id"),
                "SELECT id FROM clients WHERE tenant_id = ? AND email = ?", tenantId, email));
    }

    @Override
    public Page<Client> list(String tenantId, PageRequest page) {
        return tx.read(c -> Pages.byId(c, PostgresClients::map, Client::id, SELECT + "WHERE tenant_id = ?", page, tenantId));
    }

    private static void translatingConflicts(Supplier<Integer> write) {
        try {
            write.get();
        } catch (StoreException e) {
            if (e.isUniqueViolationOf("clients_phone_unique_per_tenant")) {
                throw new ConflictException("phone", "a client with this phone number already exists");
            }
            if (e.isUniqueViolationOf("clients_email_unique_per_tenant")) {
                throw new ConflictException("email", "a client with this e-mail already exists");
            }
            throw e;
        }
    }

    private static String email(Client client) {
        return client.email() == null ? null : client.email().value();
    }

    private static String phone(Client client) {
        return client.phone() == null ? null : client.phone().value();
    }

    /** Channels as the text array they are stored in. */
    private static List<String> names(Collection<DeliveryChannel> channels) {
        return channels.stream().map(Enum::name).toList();
    }

    private static List<DeliveryChannel> channels(ResultSet rs, String column) throws SQLException {
        return rs.getArray(column) == null ? List.of()
                : Sql.strings(rs, column).stream().map(DeliveryChannel::valueOf).toList();
    }

    private static Client map(ResultSet rs) throws SQLException {
        String email = rs.getString("email");
        String phone = rs.getString("phone");
        ContactPreferences preferences = new ContactPreferences(channels(rs, "channels"),
                rs.getBoolean("transactional_consent"), rs.getBoolean("marketing_consent"),
                rs.getBoolean("feedback_consent"), Set.copyOf(channels(rs, "opted_out")));
        return new Client(rs.getString("id"), rs.getString("tenant_id"), rs.getString("first_name"),
                rs.getString("last_name"), email == null ? null : new EmailAddress(email),
                phone == null ? null : new PhoneNumber(phone), rs.getBoolean("is_active"), preferences,
                Sql.instant(rs, "data_deleted_at"));
    }
}
