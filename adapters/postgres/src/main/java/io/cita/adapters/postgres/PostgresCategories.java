package io.cita.adapters.postgres;

import io.cita.application.port.out.AuditRecord;
import io.cita.application.port.out.Categories;
import io.cita.application.port.out.StoreOutcome;
import io.cita.application.port.query.Page;
import io.cita.application.port.query.PageRequest;
import io.cita.domain.catalog.Category;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Service categories in the categories table. */
@Singleton
@Requires(env = "postgres")
public class PostgresCategories implements Categories {
    private static final String SELECT = "SELECT id, tenant_id, name, description, sort_order, is_active FROM categories ";
    private final PostgresTransactions tx;

    public PostgresCategories(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void create(Category category, AuditRecord audit) {
        tx.writeAtomically(c -> {
            Pipeline steps = new Pipeline();
            steps.add("INSERT INTO categories (id, tenant_id, name, description, sort_order, is_active) "
                            + "VALUES (?, ?, ?, ?, ?, ?)", category.id(), category.tenantId(), category.name(),
                    category.description(), category.sortOrder(), category.active());
            PostgresAuditLog.insert(steps, audit);
            steps.run(c);
            return StoreOutcome.DONE;
        });
    }

    @Override
    public void update(Category category, AuditRecord audit) {
        PostgresAuditLog.changeOne(tx, audit, c -> Sql.update(c, "UPDATE categories SET name = ?, description = ?, "
                        + "sort_order = ?, is_active = ? WHERE tenant_id = ? AND id = ?", category.name(),
                category.description(), category.sortOrder(), category.active(), category.tenantId(), category.id()));
    }

    @Override
    public Optional<Category> find(String tenantId, String categoryId) {
        return tx.read(c -> Sql.one(c, PostgresCategories::map, SELECT + "WHERE tenant_id = ? AND id = ?",
                tenantId, categoryId));
    }

    @Override
    public Page<Category> list(String tenantId, PageRequest page) {
        return tx.read(c -> Pages.byId(c, PostgresCategories::map, Category::id, SELECT + "WHERE tenant_id = ?",
                page, tenantId));
    }

    private static Category map(ResultSet rs) throws SQLException {
        return new Category(rs.getString("id"), rs.getString("tenant_id"), rs.getString("name"),
                rs.getString("description"), rs.getInt("sort_order"), rs.getBoolean("is_active"));
    }
}
