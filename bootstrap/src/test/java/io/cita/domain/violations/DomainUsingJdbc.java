package io.cita.domain.violations;

import java.sql.Connection;

/** Violates the domain rule on purpose: a domain class that touches JDBC (java.sql is in java.. but not allowed). */
public class DomainUsingJdbc {
    public Connection connection;
}
