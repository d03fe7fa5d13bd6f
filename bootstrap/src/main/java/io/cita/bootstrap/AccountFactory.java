package io.cita.bootstrap;

import io.cita.application.port.out.ClockPort;
import io.cita.application.port.out.Deliveries;
import io.cita.application.port.out.EmailComposer;
import io.cita.application.port.out.EmailSender;
import io.cita.application.port.out.IdGenerator;
import io.cita.application.port.out.Invitations;
import io.cita.application.port.out.LoginAttempts;
import io.cita.application.port.out.Members;
import io.cita.application.port.out.PasswordHasher;
import io.cita.application.port.out.Plans;
import io.cita.application.port.out.Resources;
import io.cita.application.port.out.SealedTokens;
import io.cita.application.port.out.SecretTokens;
import io.cita.application.port.out.Sessions;
import io.cita.application.port.out.Tenants;
import io.cita.application.port.out.Users;
import io.cita.application.service.PublicUrl;
import io.cita.application.service.AuditTrail;
import io.cita.application.service.InvitationService;
import io.cita.application.service.LogInService;
import io.cita.application.service.MemberService;
import io.cita.application.service.SignUpService;
import io.cita.application.service.delivery.AccountMail;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Wires the services of people's accounts: sign-ups, logins, members and their invitations, and the e-mails about
 * them, with the address people reach Cita at that their links (and feedback's) begin with.
 */
@Factory
public class AccountFactory {
    @Singleton
    PublicUrl publicUrl(@Value("${cita.public-url}") String publicUrl) {
        return new PublicUrl(publicUrl);
    }

    @Singleton
    AccountMail accountMail(EmailComposer composer, Deliveries deliveries, IdGenerator ids, PublicUrl publicUrl) {
        return new AccountMail(composer, deliveries, ids, publicUrl);
    }

    /** Sign-ups confirm the owner's address by e-mail wherever a mail server is configured. */
    @Singleton
    SignUpService signUp(Tenants tenants, Users users, PasswordHasher passwords, SealedTokens sealed,
                         AccountMail mail, EmailSender emails, IdGenerator ids, ClockPort clock, AuditTrail audit) {
        return new SignUpService(new SignUpService.Ports(tenants, users, passwords, sealed, mail, ids, clock),
                emails.enabled(), audit);
    }

    @Singleton
    LogInService logIn(Users users, Sessions sessions, LoginAttempts attempts, PasswordHasher passwords,
                       SecretTokens secrets, IdGenerator ids, ClockPort clock, AccountMail mail) {
        return new LogInService(users, sessions, attempts, passwords, secrets, ids, clock, mail);
    }

    @Singleton
    MemberService members(Members members, Users users, Tenants tenants, Resources resources, Plans plans,
                          Invitations invitations, AccountMail mail, SecretTokens secrets, IdGenerator ids,
                          ClockPort clock, AuditTrail audit) {
        return new MemberService(members, users, tenants, resources, plans, invitations, mail, secrets, ids, clock,
                audit);
    }

    @Singleton
    InvitationService invitations(Invitations invitations, Users users, Tenants tenants, Plans plans,
                                  PasswordHasher passwords, SecretTokens secrets, IdGenerator ids, ClockPort clock,
                                  AuditTrail audit) {
        return new InvitationService(invitations, users, tenants, plans, passwords, secrets, ids, clock, audit);
    }
}
