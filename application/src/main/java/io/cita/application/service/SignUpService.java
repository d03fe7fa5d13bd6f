package io.cita.application.service;

import io.cita.application.error.ConflictException;
import io.cita.application.error.NotFoundException;
import io.cita.application.port.in.Actor;
import io.cita.application.port.in.SignUpCommand;
import io.cita.application.port.in.SignUpUseCase;
import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.PasswordHasher;
import io.cita.application.port.out.SealedTokens;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.out.Users;
import io.cita.application.port.query.UserAccount;
import io.cita.application.service.delivery.AccountMail;
import io.cita.domain.access.Role;
import io.cita.domain.plan.PlanCode;
import io.cita.domain.shared.EmailAddress;
import io.cita.domain.shared.IdPrefix;
import io.cita.domain.tenant.BusinessType;
import io.cita.domain.tenant.Language;
import io.cita.domain.tenant.Slug;
import io.cita.domain.tenant.Tenant;
import io.cita.domain.tenant.TenantStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Creates a FREE tenant on TRIAL together with its owner. Where e-mail can be sent, the owner's address is confirmed
 * first: the sign-up is sealed into the e-mailed link (nothing is stored until it is used), the answer is the same for
 * every address, and an address that has an account becomes the new business's owner with its password unchanged.
 * Without a mail server nothing could be confirmed, so the business is created at once (and a taken e-mail is told).
 */
public class SignUpService implements SignUpUseCase {
    /** How long a sign-up's confirmation link works. */
    static final Duration CONFIRMATION_LIFETIME = Duration.ofHours(24);
    private static final String PURPOSE = "signup";
    private final Tenants tenants;
    private final Users users;
    private final PasswordHasher passwords;
    private final SealedTokens sealed;
    private final AccountMail mail;
    private final boolean confirmByEmail;
    private final IdGenerator ids;
    private final ClockPort clock;
    private final AuditTrail audit;

    /** The ports a sign-up needs; {@code mail} and {@code sealed} are used when {@code confirmByEmail}. */
    public record Ports(Tenants tenants, Users users, PasswordHasher passwords, SealedTokens sealed, AccountMail mail,
                        IdGenerator ids, ClockPort clock) {
    }

    public SignUpService(Ports ports, boolean confirmByEmail, AuditTrail audit) {
        this.tenants = ports.tenants();
        this.users = ports.users();
        this.passwords = ports.passwords();
        this.sealed = ports.sealed();
        this.mail = ports.mail();
        this.ids = ports.ids();
        this.clock = ports.clock();
        this.confirmByEmail = confirmByEmail;
        this.audit = audit;
    }

    @Override
    public Optional<SignUpResult> signUp(SignUpCommand command) {
        if (!confirmByEmail) {
            return Optional.of(signUpConfirmed(command));
        }
        Instant now = clock.now();
        String tenantId = ids.newId(IdPrefix.TENANT);
        String passwordHash = passwords.hash(command.ownerPassword());
        if (tenants.findBySlug(command.slug().value()).isPresent()) {
            throw new ConflictException("tenant.slug", "this slug is already taken");
        }
        boolean existing = users.findByEmail(command.ownerEmail().value()).isPresent();
        Instant expires = now.plus(CONFIRMATION_LIFETIME);
        String token = sealed.seal(PURPOSE, values(command, tenantId, passwordHash), expires);
        mail.signUpConfirmation(tenantId, command.ownerEmail().value(), command.name(), command.locale(), existing,
                token, expires, now);
        return Optional.empty();
    }

    @Override
    public SignUpResult signUpConfirmed(SignUpCommand command) {
        Instant now = clock.now();
        Tenant tenant = new Tenant(ids.newId(IdPrefix.TENANT), command.slug(), command.name(), command.businessType(),
                command.timezone(), command.country(), command.currency(), command.locale(), PlanCode.FREE,
                TenantStatus.TRIAL, Map.of(), now, now.plus(Tenant.TRIAL));
        UserAccount owner = new UserAccount(ids.newId(IdPrefix.USER), command.ownerEmail(),
                passwords.hash(command.ownerPassword()), command.ownerFirstName(), command.ownerLastName(), now);
        return create(tenant, owner, true);
    }

    @Override
    public SignUpResult confirm(String token) {
        Instant now = clock.now();
        Map<String, String> values = sealed.open(PURPOSE, token == null ? "" : token, now)
                .orElseThrow(() -> new NotFoundException("sign-up", "given"));
        Tenant tenant = new Tenant(values.get("tenantId"), new Slug(values.get("slug")), values.get("name"),
                BusinessType.valueOf(values.get("businessType")), ZoneId.of(values.get("timezone")),
                values.get("country"), values.get("currency"), Language.valueOf(values.get("locale")), PlanCode.FREE,
                TenantStatus.TRIAL, Map.of(), now, now.plus(Tenant.TRIAL));
        Optional<UserAccount> existing = users.findByEmail(values.get("email"));
        UserAccount owner = existing.orElseGet(() -> new UserAccount(ids.newId(IdPrefix.USER),
                new EmailAddress(values.get("email")), values.get("passwordHash"), values.get("firstName"),
                values.get("lastName"), now));
        return create(tenant, owner, existing.isEmpty());
    }

    private SignUpResult create(Tenant tenant, UserAccount owner, boolean newAccount) {
        tenants.createWithOwner(tenant, owner, newAccount, audit.pending(tenant.id(),
                new Actor(Actor.Kind.USER, owner.id(), Role.OWNER, null, null, null), "tenant.created", "tenant",
                tenant.id(), null, tenant));
        return new SignUpResult(tenant, owner.id());
    }

    private static Map<String, String> values(SignUpCommand command, String tenantId, String passwordHash) {
        Map<String, String> values = new HashMap<>(Map.of("tenantId", tenantId, "slug", command.slug().value(),
                "name", command.name(), "businessType", command.businessType().name(),
                "timezone", command.timezone().getId(), "country", command.country(), "currency", command.currency(),
                "locale", command.locale().name(), "email", command.ownerEmail().value(),
                "passwordHash", passwordHash));
        values.put("firstName", command.ownerFirstName());
        values.put("lastName", command.ownerLastName() == null ? "" : command.ownerLastName());
        return values;
    }
}
