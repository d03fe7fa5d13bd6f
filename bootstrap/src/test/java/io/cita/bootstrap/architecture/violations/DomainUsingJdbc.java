package io.cita.bootstrap.architecture.violations;

import java.sql.Connection;

/** Violates the domain rule on purpose: a "domain" class that touches JDBC. */
public class DomainUsingJdbc {
    public Connection connection;
}
