package io.cita.bootstrap.architecture.violations;

import javax.sql.DataSource;

/** Violates the JDBC rule on purpose: a non-postgres class holding a DataSource. */
public class RestAdapterUsingJdbc {
    public DataSource dataSource;
}
