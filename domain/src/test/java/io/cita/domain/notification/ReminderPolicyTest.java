package io.cita.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cita.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Reminders fall at their offsets in the business's zone, never in its quiet hours, never after the start. */
class ReminderPolicyTest {
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private static Instant madrid(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MADRID).toInstant();
    }

    @Test
    void byDefault_aDayBeforeAndTwoHoursBefore() {
        Instant start = madrid("2026-12-10T11:00");
        assertThat(ReminderPolicy.DEFAULT.remindersFor(start, MADRID, madrid("2026-12-01T00:00")))
                .containsExactly(madrid("2026-12-09T11:00"), madrid("2026-12-10T09:00"));
    }

    @Test
    void aDayBeforeKeepsTheWallClockAcrossTheSpringChange_andTheAutumnChange() {
        // Madrid moves from 02:00 to 03:00 on 2027-03-28 and from 03:00 to 02:00 on 2026-10-25.
        Instant spring = madrid("2027-03-28T10:00");
        Instant autumn = madrid("2026-10-25T10:00");
        ReminderPolicy dayBefore = new ReminderPolicy(List.of(Duration.ofHours(24)), null, null);
        assertThat(dayBefore.remindersFor(spring, MADRID, Instant.EPOCH)).containsExactly(madrid("2027-03-27T10:00"));
        assertThat(Duration.between(madrid("2027-03-27T10:00"), spring)).isEqualTo(Duration.ofHours(23));
        assertThat(dayBefore.remindersFor(autumn, MADRID, Instant.EPOCH)).containsExactly(madrid("2026-10-24T10:00"));
        assertThat(Duration.between(madrid("2026-10-24T10:00"), autumn)).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void aReminderInTheQuietHoursGoesOutAtTheirEnd_orNotAtAllWhenThatIsTooLate() {
        Instant early = madrid("2026-12-10T09:30");
        // 24 h before is 09:30 the day before (fine); 2 h before is 07:30, quiet: moved to 08:00.
        assertThat(ReminderPolicy.DEFAULT.remindersFor(early, MADRID, Instant.EPOCH))
                .containsExactly(madrid("2026-12-09T09:30"), madrid("2026-12-10T08:00"));
        Instant dawn = madrid("2026-12-10T07:00");
        // 2 h before is 05:00, quiet until 08:00, after the start: dropped; 24 h before is 07:00, moved to 08:00.
        assertThat(ReminderPolicy.DEFAULT.remindersFor(dawn, MADRID, Instant.EPOCH))
                .containsExactly(madrid("2026-12-09T08:00"));
        Instant lateEvening = madrid("2026-12-10T22:30");
        // 2 h before is 20:30 (fine); 24 h before is 22:30 the day before, quiet: moved to 08:00 that day.
        assertThat(ReminderPolicy.DEFAULT.remindersFor(lateEvening, MADRID, Instant.EPOCH))
                .containsExactly(madrid("2026-12-10T08:00"), madrid("2026-12-10T20:30"));
    }

    @Test
    void remindersAlreadyPastAreNotScheduled() {
        Instant start = madrid("2026-12-10T11:00");
        assertThat(ReminderPolicy.DEFAULT.remindersFor(start, MADRID, madrid("2026-12-10T08:30")))
                .containsExactly(madrid("2026-12-10T09:00"));
        assertThat(ReminderPolicy.DEFAULT.remindersFor(start, MADRID, madrid("2026-12-10T10:00"))).isEmpty();
    }

    @Test
    void settingsAreReadAndCheckedWithTheirNames() {
        ReminderPolicy policy = ReminderPolicy.of(Map.of(ReminderPolicy.OFFSETS_SETTING, "2d, 30m",
                ReminderPolicy.QUIET_HOURS_SETTING, "22:00-07:30"));
        assertThat(policy.offsets()).containsExactly(Duration.ofDays(2), Duration.ofMinutes(30));
        assertThat(policy.quietStart()).isEqualTo(LocalTime.of(22, 0));
        assertThat(ReminderPolicy.of(Map.of(ReminderPolicy.QUIET_HOURS_SETTING, "")).quietStart()).isNull();
        assertThat(ReminderPolicy.of(Map.of(ReminderPolicy.OFFSETS_SETTING, "")).offsets()).isEmpty();
        assertThat(ReminderPolicy.of(Map.of())).isEqualTo(ReminderPolicy.DEFAULT);
        assertThatThrownBy(() -> ReminderPolicy.of(Map.of(ReminderPolicy.OFFSETS_SETTING, "tomorrow")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining(ReminderPolicy.OFFSETS_SETTING);
        assertThatThrownBy(() -> ReminderPolicy.of(Map.of(ReminderPolicy.QUIET_HOURS_SETTING, "late")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining(ReminderPolicy.QUIET_HOURS_SETTING);
        assertThatThrownBy(() -> ReminderPolicy.of(Map.of(ReminderPolicy.OFFSETS_SETTING, "31d")))
                .isInstanceOf(InvalidValueException.class);
    }

    @Property
    void everyReminderIsBeforeTheStart_notPast_notQuiet_andKeepsTheWallClockForWholeDays(
            @ForAll @IntRange(min = 0, max = 800) int dayOfTwoYears, @ForAll @IntRange(min = 0, max = 95) int quarter,
            @ForAll @IntRange(min = 1, max = 3) int days, @ForAll @IntRange(min = 0, max = 600) int minutesBefore) {
        Instant start = LocalDateTime.parse("2026-01-01T00:00").plusDays(dayOfTwoYears).plusMinutes(quarter * 15L)
                .atZone(MADRID).toInstant();
        Instant now = start.minus(Duration.ofDays(4));
        ReminderPolicy policy = new ReminderPolicy(List.of(Duration.ofDays(days),
                Duration.ofMinutes(minutesBefore + 1)), LocalTime.of(21, 0), LocalTime.of(8, 0));
        for (Instant reminder : policy.remindersFor(start, MADRID, now)) {
            assertThat(reminder).isBefore(start).isAfterOrEqualTo(now);
            LocalTime local = reminder.atZone(MADRID).toLocalTime();
            assertThat(local.isBefore(LocalTime.of(8, 0)) || !local.isBefore(LocalTime.of(21, 0))).isFalse();
        }
        LocalTime startTime = start.atZone(MADRID).toLocalTime();
        boolean quiet = startTime.isBefore(LocalTime.of(8, 0)) || !startTime.isBefore(LocalTime.of(21, 0));
        Instant wholeDays = start.atZone(MADRID).minusDays(days).toInstant();
        if (!quiet && wholeDays.atZone(MADRID).toLocalTime().equals(startTime)) {
            assertThat(policy.remindersFor(start, MADRID, now)).contains(wholeDays);
        }
    }
}
