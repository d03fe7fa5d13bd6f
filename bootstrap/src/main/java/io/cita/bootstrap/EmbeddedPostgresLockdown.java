package io.cita.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A kept embedded PostgreSQL is nobody's but the service's: created by initdb with scram-sha-256 for every
 * connection (local and loopback; the server listens on the loopback only) and the superuser's password from the
 * password file, instead of zonky's {@code trust}. A data directory created by an earlier version still trusts
 * every local connection; that is said at every start, with the way out.
 */
final class EmbeddedPostgresLockdown {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresLockdown.class);

    private EmbeddedPostgresLockdown() {
    }

    /** Makes a new data directory's initdb set the password and scram-sha-256 (its options follow zonky's). */
    static void apply(EmbeddedPostgres.Builder builder, Path dataDirectory, Path passwordFile) {
        if (!Files.exists(passwordFile)) {
            throw new IllegalStateException("no password for the embedded PostgreSQL at " + passwordFile);
        }
        Path hba = dataDirectory.resolve("pg_hba.conf");
        try {
            // zonky's own readiness check connects too, with its connect configuration
            builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString())
                    .setConnectConfig("password", Files.readString(passwordFile).trim());
            if (Files.exists(hba) && Files.readAllLines(hba).stream().map(String::trim)
                    .anyMatch(line -> !line.startsWith("#") && line.endsWith("trust"))) {
                LOG.warn("The embedded PostgreSQL in {} was created by an earlier version and trusts every local "
                        + "connection without a password; move the directory away (or export and re-import) to have "
                        + "it recreated with scram-sha-256", dataDirectory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + hba, e);
        }
    }
}
