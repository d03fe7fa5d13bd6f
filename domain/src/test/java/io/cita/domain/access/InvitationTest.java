package io.cita.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cita.domain.shared.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InvitationTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static Invitation issued(Role role) {
        return Invitation.issued("inv_1", "ten_1", new EmailAddress("eva@example.com"), role, null, "Eva", null,
                "usr_owner", "hash", NOW);
    }

    @Test
    void anInvitationWorksForSevenDays_andOnlyUntilItIsAccepted() {
        Invitation invitation = issued(Role.STAFF);
        assertThat(invitation.usableAt(NOW)).isTrue();
        assertThat(invitation.usableAt(NOW.plus(Duration.ofDays(7)).minusSeconds(1))).isTrue();
        assertThat(invitation.usableAt(NOW.plus(Duration.ofDays(7)))).isFalse();
        Invitation accepted = new Invitation(invitation.id(), invitation.tenantId(), invitation.email(),
                invitation.role(), null, null, null, invitation.invitedBy(), invitation.secretHash(),
                invitation.createdAt(), invitation.expiresAt(), NOW.plusSeconds(5));
        assertThat(accepted.usableAt(NOW.plusSeconds(6))).isFalse();
    }

    @Test
    void nobodyIsInvitedAsTheOwner() {
        assertThatThrownBy(() -> issued(Role.OWNER)).isInstanceOf(IllegalArgumentException.class);
    }
}
