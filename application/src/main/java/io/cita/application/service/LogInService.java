package io.cita.application.service;

import io.cita.application.error.InvalidCredentialsException;
import io.cita.application.error.LoginLockedException;
import io.cita.application.error.UnauthorizedException;
import io.cita.application.port.in.LogInUseCase;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.LoginAttempts;
import io.cita.application.port.out.PasswordHasher;
import io.cita.application.port.out.SecretTokens;
import io.cita.application.port.out.Session;
import io.cita.application.port.out.SessionAccess;
import io.cita.application.port.out.Sessions;
import io.cita.application.port.out.Users;
import io.cita.application.port.query.UserAccount;
import io.cita.application.service.delivery.AccountMail;
import io.cita.domain.access.LoginThrottle;
import io.cita.domain.shared.IdPrefix;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Logs users in and keeps their sessions. An unknown e-mail costs the same hash check as a wrong password; five
 * failures for one e-mail from one address lock that pair for 15 minutes, whether the e-mail exists or not, and ten
 * from anywhere slow the account down for every address its owner has not used lately ({@link LoginThrottle}), and
 * its owner is told by e-mail. Refresh tokens rotate on every use; presenting one that was already rotated ends
 * every session of its user (it was stolen), while a logged-out one is simply refused.
 */
public class LogInService implements LogInUseCase {
    private static final System.Logger LOG = System.getLogger(LogInService.class.getName());
    static final int MAX_FAILURES = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);
    /** How long an address stays one the owner uses after a successful login from it (login attempts live a day). */
    static final Duration KNOWN_ADDRESS = Duration.ofHours(23);
    static final Duration SESSION_LIFETIME = Duration.ofDays(30);
    private final Users users;
    private final Sessions sessions;
    private final LoginAttempts attempts;
    private final PasswordHasher passwords;
    private final SecretTokens secrets;
    private final IdGenerator ids;
    private final ClockPort clock;
    private final String decoyHash;
    private final AccountMail mail;

    /** {@code mail} tells an account's owner when its logins start being slowed. */
    public LogInService(Users users, Sessions sessions, LoginAttempts attempts, PasswordHasher passwords,
                        SecretTokens secrets, IdGenerator ids, ClockPort clock, AccountMail mail) {
        this.mail = mail;
        this.users = users;
        this.sessions = sessions;
        this.attempts = attempts;
        this.passwords = passwords;
        this.secrets = secrets;
        this.ids = ids;
        this.clock = clock;
        this.decoyHash = passwords.hash("decoy-password-never-used");
    }

    @Override
    public LoginResult logIn(String email, String password, String ip, String userAgent) {
        if (email == null || password == null) {
            throw new InvalidCredentialsException();
        }
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        String address = ip == null ? "0.0.0.0" : ip;
        Instant now = clock.now();
        if (attempts.recentFailures(normalized, address, now.minus(LOCKOUT)) >= MAX_FAILURES) {
            throw new LoginLockedException(LOCKOUT.getSeconds());
        }
        int failuresBefore = slowDownUnlessKnown(normalized, address, now);
        Optional<UserAccount> user = users.findByEmail(normalized);
        boolean matches = passwords.matches(password, user.map(UserAccount::passwordHash).orElse(decoyHash));
        if (user.isEmpty() || !matches) {
            attempts.record(normalized, address, false, user.isEmpty() ? "unknown_email" : "wrong_password", now);
            if (user.isPresent() && LoginThrottle.DEFAULT.startsAt(failuresBefore + 1)) {
                tellTheOwner(user.get(), failuresBefore + 1, now);
            }
            throw new InvalidCredentialsException();
        }
        attempts.record(normalized, address, true, null, now);
        return start(user.get().id(), ip, userAgent, now, null);
    }

    /**
     * The account-wide slow-down ({@link LoginThrottle}) for an address the account has not logged in from lately:
     * many addresses trying one account wait longer and longer between tries, while its owner, from an address
     * that succeeded within the day, is not slowed at all.
     */
    private int slowDownUnlessKnown(String email, String address, Instant now) {
        LoginAttempts.AccountFailures failures = attempts.accountFailures(email, now.minus(LOCKOUT));
        Duration wait = LoginThrottle.DEFAULT.waitAt(failures.count(), failures.latest(), now);
        // the owner's addresses are asked for only when the account is being slowed down at all
        if (!wait.isZero() && !attempts.succeededFrom(email, address, now.minus(KNOWN_ADDRESS))) {
            throw new LoginLockedException(Math.max(1, (wait.toMillis() + 999) / 1000));
        }
        return failures.count();
    }

    /** The failure that starts the slow-down e-mails the account's owner. */
    private void tellTheOwner(UserAccount user, int failures, Instant now) {
        try {
            mail.loginSlowed(user.id(), user.email().value(), failures, now);
        } catch (RuntimeException e) {
            // the refusal must look the same whether or not a notice could be queued
            LOG.log(System.Logger.Level.WARNING, "the login slow-down notice of " + user.id() + " was not queued", e);
        }
    }

    @Override
    public LoginResult refresh(String refreshToken, String ip, String userAgent) {
        Instant now = clock.now();
        Session session = SecretLink.parse(refreshToken).flatMap(link -> sessions.find(link.id())
                        .filter(found -> link.matches(secrets, found.refreshHash())))
                .orElseThrow(() -> new UnauthorizedException("The refresh token is invalid"));
        if (session.replacedBy() != null) {
            sessions.revokeAll(session.userId(), now);
            throw new UnauthorizedException("The refresh token was already used; every session has been ended");
        }
        if (!session.activeAt(now)) {
            throw new UnauthorizedException("The refresh token has expired");
        }
        return start(session.userId(), ip, userAgent, now, session.id());
    }

    private LoginResult start(String userId, String ip, String userAgent, Instant now, String replacing) {
        String secret = secrets.newSecret();
        Session session = new Session(ids.newId(IdPrefix.SESSION), userId, secrets.hash(secret),
                now.plus(SESSION_LIFETIME), now, null, null, ip, userAgent);
        if (replacing == null) {
            sessions.create(session);
        } else if (!sessions.rotate(replacing, session, now)) {
            sessions.revokeAll(userId, now);
            throw new UnauthorizedException("The refresh token was already used; every session has been ended");
        }
        return new LoginResult(userId, session.id(), new SecretLink(session.id(), secret).token(),
                users.memberships(userId));
    }

    @Override
    public void logOut(String sessionId) {
        sessions.revoke(sessionId, clock.now());
    }

    @Override
    public boolean sessionActive(String sessionId) {
        return sessions.find(sessionId).map(session -> session.activeAt(clock.now())).orElse(false);
    }

    @Override
    public TenantAccess tenantAccess(String sessionId, String tenantId, String userId) {
        SessionAccess read = sessions.findWithMembership(sessionId, tenantId, userId);
        boolean active = read.session().map(session -> session.activeAt(clock.now())).orElse(false);
        return active ? new TenantAccess(true, read.membership(), read.membership().isPresent() ? read.tenant()
                : Optional.empty()) : new TenantAccess(false, Optional.empty(), Optional.empty());
    }

    @Override
    public boolean isSuperAdmin(String userId) {
        return users.isSuperAdmin(userId);
    }
}
