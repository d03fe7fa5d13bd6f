package io.cita.domain.availability;

import static io.cita.domain.availability.Fixtures.everyDay;
import static io.cita.domain.availability.Fixtures.resource;
import static io.cita.domain.availability.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.cita.domain.catalog.Service;
import io.cita.domain.resource.Resource;
import io.cita.domain.resource.ResourceType;
import io.cita.domain.schedule.ExceptionKind;
import io.cita.domain.schedule.ScheduleException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvailabilityEngineTest {
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final LocalDate DAY = LocalDate.of(2030, 3, 4);
    private static final Instant NOW = DAY.minusDays(1).atStartOfDay(MADRID).toInstant();
    private final AvailabilityEngine engine = new AvailabilityEngine();

    private static Instant at(int hour, int minute) {
        return ZonedDateTime.of(DAY, LocalTime.of(hour, minute), MADRID).toInstant();
    }

    private List<Slot> slotsOnDay(Service service, List<List<ResourceCalendar>> candidates, Instant now) {
        return engine.slots(new SlotQuery(service, candidates, DAY.atStartOfDay(MADRID).toInstant(),
                DAY.plusDays(1).atStartOfDay(MADRID).toInstant(), now, 1, false));
    }

    private static ResourceCalendar calendar(Resource resource, List<ScheduleException> exceptions,
                                             List<Occupation> occupations, String classServiceId) {
        return ResourceCalendar.of(resource, everyDay(LocalTime.of(9, 0), LocalTime.of(12, 0)), exceptions,
                occupations, classServiceId, DAY.minusDays(1), DAY.plusDays(1));
    }

    @Test
    void givenAFreeMorning_slotsLieOnTheGridAnchoredAtTheStartOfWork() {
        Resource staff = resource("res_a", ResourceType.STAFF, MADRID);
        List<Slot> slots = slotsOnDay(service(60, 0, 0, 30, 1, 0, 30),
                List.of(List.of(calendar(staff, List.of(), List.of(), null))), NOW);

        assertThat(slots).extracting(Slot::start)
                .containsExactly(at(9, 0), at(9, 30), at(10, 0), at(10, 30), at(11, 0));
        assertThat(slots).allSatisfy(slot -> {
            assertThat(slot.resourceIds()).containsExactly("res_a");
            assertThat(slot.seatsLeft()).isEqualTo(1);
        });
    }

    @Test
    void givenABookingWithBuffers_slotsWhoseBufferedIntervalOverlapsItAreNotOffered() {
        Resource staff = resource("res_a", ResourceType.STAFF, MADRID);
        Occupation existing = new Occupation("bkg_1", "res_a", "svc_other", at(10, 0), at(10, 0), at(10, 45), 1);
        List<Slot> slots = slotsOnDay(service(30, 0, 15, 15, 1, 0, 30),
                List.of(List.of(calendar(staff, List.of(), List.of(existing), null))), NOW);

        // a 30-minute service with 15 minutes after occupies start..start+45: 9:15 ends its buffer at 10:00
        assertThat(slots).extracting(Slot::start)
                .containsExactly(at(9, 0), at(9, 15), at(10, 45), at(11, 0), at(11, 15), at(11, 30));
    }

    @Test
    void givenMinimumNotice_startsBeforeNowPlusNoticeAreNotOffered() {
        Resource staff = resource("res_a", ResourceType.STAFF, MADRID);
        List<Slot> slots = slotsOnDay(service(60, 0, 0, 60, 1, 90, 30),
                List.of(List.of(calendar(staff, List.of(), List.of(), null))), at(8, 45));

        assertThat(slots).extracting(Slot::start).containsExactly(at(11, 0));
    }

    @Test
    void givenMaximumAdvance_startsBeyondItAreNotOffered() {
        Resource staff = resource("res_a", ResourceType.STAFF, MADRID);
        Instant now = at(10, 0).minusSeconds(86_400L);
        List<Slot> slots = slotsOnDay(service(60, 0, 0, 60, 1, 0, 1),
                List.of(List.of(calendar(staff, List.of(), List.of(), null))), now);

        assertThat(slots).extracting(Slot::start).containsExactly(at(9, 0), at(10, 0));
    }

    @Test
    void givenAClassWithSeatsTaken_theSlotStaysUntilItIsFull() {
        Resource room = resource("res_a", ResourceType.STAFF, MADRID);
        Service yoga = service(60, 0, 0, 60, 3, 0, 30);
        Occupation two = new Occupation("bkg_2", "res_a", "svc_1", at(9, 0), at(9, 0), at(10, 0), 2);
        Occupation full = new Occupation("bkg_3", "res_a", "svc_1", at(10, 0), at(10, 0), at(11, 0), 3);
        List<Slot> slots = slotsOnDay(yoga, List.of(List.of(calendar(room, List.of(), List.of(two, full), "svc_1"))), NOW);

        assertThat(slots).extracting(Slot::start, Slot::seatsLeft)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(at(9, 0), 1),
                        org.assertj.core.groups.Tuple.tuple(at(11, 0), 3));
    }

    @Test
    void givenStaffAndRoomRequirements_aSlotNeedsBothAndNamesThem() {
        Resource staff = resource("res_staff", ResourceType.STAFF, MADRID);
        Resource roomA = resource("res_room_a", ResourceType.ROOM, MADRID);
        Resource roomB = resource("res_room_b", ResourceType.ROOM, MADRID);
        Occupation roomABusy = new Occupation("bkg_4", "res_room_a", "svc_other", at(9, 0), at(9, 0), at(11, 0), 1);
        Occupation roomBBusy = new Occupation("bkg_5", "res_room_b", "svc_other", at(10, 0), at(10, 0), at(11, 0), 1);
        Service facial = service(60, 0, 0, 60, 1, 0, 30, ResourceType.STAFF, ResourceType.ROOM);
        List<Slot> slots = slotsOnDay(facial, List.of(
                List.of(calendar(staff, List.of(), List.of(), null)),
                List.of(calendar(roomA, List.of(), List.of(roomABusy), null),
                        calendar(roomB, List.of(), List.of(roomBBusy), null))), NOW);

        assertThat(slots).extracting(Slot::start, Slot::resourceIds).containsExactly(
                org.assertj.core.groups.Tuple.tuple(at(9, 0), List.of("res_staff", "res_room_b")),
                org.assertj.core.groups.Tuple.tuple(at(11, 0), List.of("res_staff", "res_room_a")));
    }

    @Test
    void givenAnyOfTwoStaff_aStartTakenByOneIsServedByTheOther() {
        Resource ana = resource("res_ana", ResourceType.STAFF, MADRID);
        Resource ben = resource("res_ben", ResourceType.STAFF, MADRID);
        Occupation anaBusy = new Occupation("bkg_6", "res_ana", "svc_other", at(9, 0), at(9, 0), at(10, 0), 1);
        List<Slot> slots = slotsOnDay(service(60, 0, 0, 60, 1, 0, 30), List.of(List.of(
                calendar(ana, List.of(), List.of(anaBusy), null), calendar(ben, List.of(), List.of(), null))), NOW);

        assertThat(slots).extracting(Slot::start, Slot::resourceIds).containsExactly(
                org.assertj.core.groups.Tuple.tuple(at(9, 0), List.of("res_ben")),
                org.assertj.core.groups.Tuple.tuple(at(10, 0), List.of("res_ana")),
                org.assertj.core.groups.Tuple.tuple(at(11, 0), List.of("res_ana")));
    }

    @Test
    void givenExceptions_blockedTimesAreRemovedAndOverridesReplaceTheDay() {
        Resource staff = resource("res_a", ResourceType.STAFF, MADRID);
        ScheduleException coffee = new ScheduleException("exc_1", "res_a", ExceptionKind.BLOCK_TIMES, DAY,
                LocalTime.of(10, 0), LocalTime.of(10, 30), null, null, "coffee");
        List<Slot> blocked = slotsOnDay(service(30, 0, 0, 30, 1, 0, 30),
                List.of(List.of(calendar(staff, List.of(coffee), List.of(), null))), NOW);
        assertThat(blocked).extracting(Slot::start)
                .containsExactly(at(9, 0), at(9, 30), at(10, 30), at(11, 0), at(11, 30));

        ScheduleException evening = new ScheduleException("exc_2", "res_a", ExceptionKind.OVERRIDE_HOURS, DAY,
                LocalTime.of(17, 0), LocalTime.of(18, 0), null, null, null);
        List<Slot> overridden = slotsOnDay(service(30, 0, 0, 30, 1, 0, 30),
                List.of(List.of(calendar(staff, List.of(evening), List.of(), null))), NOW);
        assertThat(overridden).extracting(Slot::start).containsExactly(at(17, 0), at(17, 30));

        ScheduleException holiday = new ScheduleException("exc_3", "res_a", ExceptionKind.BLOCK_DATE, DAY,
                null, null, null, null, "holiday");
        assertThat(slotsOnDay(service(30, 0, 0, 30, 1, 0, 30),
                List.of(List.of(calendar(staff, List.of(holiday), List.of(), null))), NOW)).isEmpty();
    }

    @Test
    void ignoringOccupations_showsWhatWorkingTimeAloneAllows() {
        Resource staff = resource("res_a", ResourceType.STAFF, MADRID);
        Occupation busy = new Occupation("bkg_7", "res_a", "svc_other", at(9, 0), at(9, 0), at(12, 0), 1);
        ResourceCalendar calendar = calendar(staff, List.of(), List.of(busy), null);
        Service cut = service(60, 0, 0, 60, 1, 0, 30);
        Instant from = DAY.atStartOfDay(MADRID).toInstant();
        Instant to = DAY.plusDays(1).atStartOfDay(MADRID).toInstant();

        assertThat(engine.slots(new SlotQuery(cut, List.of(List.of(calendar)), from, to, NOW, 1, false))).isEmpty();
        assertThat(engine.slots(new SlotQuery(cut, List.of(List.of(calendar)), from, to, NOW, 1, true))).hasSize(3);
    }
}
