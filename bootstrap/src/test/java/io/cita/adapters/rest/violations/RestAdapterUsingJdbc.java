package io.cita.adapters.rest.violations;

import javax.sql.DataSource;

/** Violates the JDBC rule on purpose: a REST class holding a DataSource. */
public class RestAdapterUsingJdbc {
    public DataSource dataSource;
}
