package io.cita.bootstrap;

import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.PasswordHasher;
import io.cita.application.port.out.Users;
import io.cita.application.port.query.UserAccount;
import io.cita.domain.shared.EmailAddress;
import io.cita.domain.shared.IdPrefix;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes the account of {@code cita.admin.email} a platform super-admin at start (its password from config). */
@Singleton
@Requires(property = "cita.admin.email")
@Requires(property = "cita.admin.password")
public class SuperAdminSeeder {
    private static final Logger LOG = LoggerFactory.getLogger(SuperAdminSeeder.class);
    private final Users users;
    private final PasswordHasher passwords;
    private final IdGenerator ids;
    private final ClockPort clock;
    private final String email;
    private final String password;

    public SuperAdminSeeder(Users users, PasswordHasher passwords, IdGenerator ids, ClockPort clock,
                            @Value("${cita.admin.email}") String email, @Value("${cita.admin.password}") String password) {
        this.users = users;
        this.passwords = passwords;
        this.ids = ids;
        this.clock = clock;
        this.email = email;
        this.password = password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        users.saveSuperAdmin(new UserAccount(ids.newId(IdPrefix.USER), new EmailAddress(email), passwords.hash(password),
                "Platform", "Admin", clock.now()));
        LOG.info("Super-admin {} is ready", email);
    }
}
