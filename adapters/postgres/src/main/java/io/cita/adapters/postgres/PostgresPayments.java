package io.cita.adapters.postgres;

import io.cita.application.port.out.Payments;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.billing.Payment;
import io.cita.domain.billing.PaymentStatus;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Payments in the payments table (V024), one row per tenant and invoice; an upsert whose update only happens when the
 * report is not older. Listed by {@link Payment#orderKey()}, newest first.
 */
@Singleton
@Requires(env = "postgres")
public class PostgresPayments implements Payments {
    private final PostgresTransactions tx;

    public PostgresPayments(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public boolean save(Payment p) {
        return tx.write(c -> Sql.update(c, "INSERT INTO payments (tenant_id, invoice_id, subscription_id, "
                + "amount_minor, currency, status, method, provider_reference, invoice_url, created_at, state_at, "
                + "sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, invoice_id) DO UPDATE "
                + "SET subscription_id = EXCLUDED.subscription_id, amount_minor = EXCLUDED.amount_minor, "
                + "currency = EXCLUDED.currency, status = EXCLUDED.status, method = EXCLUDED.method, "
                + "provider_reference = EXCLUDED.provider_reference, invoice_url = EXCLUDED.invoice_url, "
                + "state_at = EXCLUDED.state_at WHERE payments.state_at <= EXCLUDED.state_at",
                p.tenantId(), p.invoiceId(), p.subscriptionId(), p.amountMinor(), p.currency(), p.status().name(),
                p.method(), p.providerReference(), p.invoiceUrl(), p.createdAt(), p.stateAt(), p.orderKey()) == 1);
    }

    @Override
    public Page<Payment> list(String tenantId, PageRequest page) {
        return tx.read(c -> Pages.newestFirst(c, PostgresPayments::row, "sort_key", Payment::orderKey,
                "SELECT * FROM payments WHERE tenant_id = ?", page, tenantId));
    }

    @Override
    public Page<Payment> listAll(PageRequest page) {
        return tx.read(c -> Pages.newestFirst(c, PostgresPayments::row, "sort_key", Payment::orderKey,
                "SELECT * FROM payments WHERE TRUE", page));
    }

    private static Payment row(ResultSet rs) throws SQLException {
        return new Payment(rs.getString("tenant_id"), rs.getString("invoice_id"), rs.getString("subscription_id"),
                rs.getLong("amount_minor"), rs.getString("currency"), PaymentStatus.valueOf(rs.getString("status")),
                rs.getString("method"), rs.getString("provider_reference"), rs.getString("invoice_url"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "state_at"));
    }
}
