package io.cita.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.cita.application.port.out.Payments;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.billing.Payment;
import io.cita.domain.billing.PaymentStatus;
import io.cita.domain.tenant.Tenant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Contract of payments: one per tenant and invoice; a report replaces the stored one unless the stored one is newer,
 * decided in the write itself; a tenant's payments are listed newest invoice first, in pages, and only its own.
 */
public abstract class AbstractPaymentsContractTest extends PersistenceContract {
    private static final Instant AT = Instant.parse("2026-11-01T09:30:00.250Z");

    protected abstract Payments payments();

    private static Payment payment(Tenant tenant, String invoice, PaymentStatus status, Instant created,
                                   Instant at) {
        return new Payment(tenant.id(), invoice, "sub_" + tenant.id(), 2900, "eur", status, "charge_automatically",
                "pi_" + invoice, "https://invoice.stripe.test/" + invoice, created, at);
    }

    @Test
    void aNewerReportReplacesTheStoredOne_anOlderOneDoesNot() {
        Tenant tenant = newTenant();
        Payment failed = payment(tenant, "in_1", PaymentStatus.FAILED, AT, AT.plusSeconds(10));
        assertThat(payments().save(failed)).isTrue();
        assertThat(payments().list(tenant.id(), new PageRequest(10, null)).items()).containsExactly(failed);
        assertThat(failed.currency()).isEqualTo("EUR");

        Payment paid = payment(tenant, "in_1", PaymentStatus.SUCCEEDED, AT, AT.plusSeconds(20));
        assertThat(payments().save(paid)).isTrue();
        assertThat(payments().save(payment(tenant, "in_1", PaymentStatus.FAILED, AT, AT.plusSeconds(15))))
                .as("a late failure report").isFalse();
        assertThat(payments().save(paid)).as("the same report again").isTrue();
        assertThat(payments().list(tenant.id(), new PageRequest(10, null)).items()).containsExactly(paid);
        assertThat(payments().list(newTenant().id(), new PageRequest(10, null)).items()).isEmpty();
    }

    @Test
    void everyTenantsPayments_areListedOnceAcrossPages_forTheSuperAdmins() {
        List<String> mine = new ArrayList<>();
        for (Tenant tenant : List.of(newTenant(), newTenant())) {
            for (int i = 0; i < 3; i++) {
                Payment p = payment(tenant, "in_all" + i + tenant.id(), PaymentStatus.SUCCEEDED,
                        AT.plusSeconds(i), AT.plusSeconds(i));
                payments().save(p);
                mine.add(p.invoiceId());
            }
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<Payment> page = payments().listAll(new PageRequest(4, cursor));
            assertThat(page.items()).hasSizeLessThanOrEqualTo(4);
            page.items().forEach(p -> seen.add(p.invoiceId()));
            cursor = page.nextCursor();
        } while (cursor != null);
        assertThat(seen).doesNotHaveDuplicates().containsAll(mine);
    }

    @Test
    void aTenantsPayments_areListedNewestInvoiceFirst_inPages() {
        Tenant tenant = newTenant();
        List<Payment> saved = new ArrayList<>();
        for (int month = 0; month < 5; month++) {
            Instant created = AT.plusSeconds(30L * 86400 * month);
            Payment p = payment(tenant, "in_" + (char) ('e' - month), PaymentStatus.SUCCEEDED, created, created);
            payments().save(p);
            saved.add(0, p);
        }
        List<Payment> listed = new ArrayList<>();
        String cursor = null;
        do {
            Page<Payment> page = payments().list(tenant.id(), new PageRequest(2, cursor));
            assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
            listed.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        assertThat(listed).containsExactlyElementsOf(saved);
    }
}
