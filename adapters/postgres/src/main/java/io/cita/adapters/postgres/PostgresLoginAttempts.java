package io.cita.adapters.postgres;

import io.cita.application.port.out.LoginAttempts;
import io.cita.application.port.out.LoginAttempts.AccountFailures;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;

/** Login attempts in seed 001's login_attempts. */
@Singleton
@Requires(env = "postgres")
public class PostgresLoginAttempts implements LoginAttempts {
    private final PostgresTransactions tx;

    public PostgresLoginAttempts(PostgresTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void record(String email, String ip, boolean success, String failureReason, Instant at) {
        tx.write(c -> Sql.update(c, "INSERT INTO login_attempts (email, ip_address, success, failure_reason, attempted_at) "
                + "VALUES (?, CAST(? AS inet), ?, ?, ?)", email, Inet.orUnspecified(ip), success, failureReason, at));
    }

    @Override
    public int recentFailures(String email, String ip, Instant since) {
        String address = Inet.orUnspecified(ip);
        return tx.read(c -> Sql.one(c, rs -> rs.getInt(1), "SELECT count(*) FROM login_attempts "
                        + "WHERE email = ? AND ip_address = CAST(? AS inet) AND NOT success AND attempted_at > ? "
                        + "AND attempted_at > COALESCE((SELECT max(attempted_at) FROM login_attempts "
                        + "WHERE email = ? AND ip_address = CAST(? AS inet) AND success), '-infinity')",
                email, address, since, email, address)).orElse(0);
    }

    @Override
    public AccountFailures accountFailures(String email, Instant since) {
        return tx.read(c -> Sql.one(c, rs -> new AccountFailures(rs.getInt(1), Sql.instant(rs, "latest")),
                "SELECT count(*), max(attempted_at) AS latest FROM login_attempts WHERE email = ? AND NOT success "
                        + "AND attempted_at > ? AND attempted_at > COALESCE((SELECT max(attempted_at) "
                        + "FROM login_attempts WHERE email = ? AND success), '-infinity')", email, since, email))
                .orElse(new AccountFailures(0, null));
    }

    @Override
    public boolean succeededFrom(String email, String ip, Instant since) {
        return tx.read(c -> Sql.one(c, rs -> rs.getBoolean(1), "SELECT EXISTS (SELECT 1 FROM login_attempts "
                        + "WHERE email = ? AND ip_address = CAST(? AS inet) AND success AND attempted_at > ?)",
                email, Inet.orUnspecified(ip), since)).orElse(false);
    }
}
