package io.cita.benchmarks;

import io.cita.domain.availability.AvailabilityEngine;
import io.cita.domain.availability.Occupation;
import io.cita.domain.availability.Occupations;
import io.cita.domain.availability.ResourceCalendar;
import io.cita.domain.availability.Slot;
import io.cita.domain.availability.SlotQuery;
import io.cita.domain.catalog.ResourceRequirement;
import io.cita.domain.catalog.Service;
import io.cita.domain.resource.Resource;
import io.cita.domain.resource.ResourceType;
import io.cita.domain.schedule.ExceptionKind;
import io.cita.domain.schedule.ScheduleException;
import io.cita.domain.schedule.WeeklyRule;
import io.cita.domain.shared.Money;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The slot engine on issue 6's fixture: 31 days of March 2027 in Europe/Madrid (a DST change), two working ranges a
 * day, 10 exceptions, 300 bookings with buffers, a 15-minute grid; the same with 3,000 bookings and with 10 "any
 * staff" resources; and the floor: sorting as many longs and one linear pass writing slot starts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SlotEngineBenchmark {
    private static final ZoneId ZONE = ZoneId.of("Europe/Madrid");
    private static final LocalDate FIRST = LocalDate.of(2027, 3, 1);
    private static final LocalDate LAST = LocalDate.of(2027, 3, 31);
    private final AvailabilityEngine engine = new AvailabilityEngine();
    private Service service;
    private List<WeeklyRule> rules;
    private List<ScheduleException> exceptions;
    private List<Resource> staff;
    private List<Occupation> bookings300;
    private List<Occupation> bookings3000;
    private List<Occupation> bookingsTenResources;
    private long[] floorInput;
    private long[] floorWork;
    private long[] floorOut;
    private Instant windowStart;
    private Instant windowEnd;
    private Instant now;
    /** How many slots {@link #single()} emits (for bytes per slot). */
    public int slotsEmitted;

    @Setup(Level.Trial)
    public void fixture() {
        service = new Service("svc_bench", "ten_bench", null, "Cut", null, 30, 0, 10, 15, new Money(2500, "EUR"), 1, 0,
                365, 24, false, true, List.of(new ResourceRequirement(ResourceType.STAFF, List.of())));
        rules = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            rules.add(new WeeklyRule(day, LocalTime.of(9, 0), LocalTime.of(14, 0), null, null));
            rules.add(new WeeklyRule(day, LocalTime.of(15, 0), LocalTime.of(20, 0), null, null));
        }
        exceptions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            exceptions.add(new ScheduleException("exc_" + i, "res_0", ExceptionKind.BLOCK_TIMES, FIRST.plusDays(i * 3L),
                    LocalTime.of(11, 0), LocalTime.of(12, 0), null, null, null));
        }
        staff = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            staff.add(new Resource("res_" + i, "ten_bench", "Staff " + i, ResourceType.STAFF, ZONE, Set.of("svc_bench"),
                    true));
        }
        bookings300 = bookings("res_0", 300, 1);
        bookings3000 = bookings("res_0", 3000, 2);
        bookingsTenResources = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            bookingsTenResources.addAll(bookings("res_" + i, 300, 10 + i));
        }
        windowStart = FIRST.atStartOfDay(ZONE).toInstant();
        windowEnd = LAST.plusDays(1).atStartOfDay(ZONE).toInstant();
        now = windowStart.minusSeconds(86_400);
        int slots = single().size();
        slotsEmitted = slots;
        floorInput = new long[600 + 62 * 2];
        Random random = new Random(7);
        for (int i = 0; i < floorInput.length; i++) {
            floorInput[i] = windowStart.getEpochSecond() + random.nextInt(31 * 86_400);
        }
        floorWork = new long[floorInput.length];
        floorOut = new long[slots];
    }

    /** Bookings of 30 minutes plus 10 after, at random quarter hours of working time (overlaps are harmless here). */
    private static List<Occupation> bookings(String resourceId, int count, long seed) {
        Random random = new Random(seed);
        List<Occupation> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = FIRST.plusDays(random.nextInt(31));
            int minutes = (random.nextBoolean() ? 9 * 60 : 15 * 60) + 15 * random.nextInt(18);
            Instant start = day.atTime(minutes / 60, minutes % 60).atZone(ZONE).toInstant();
            result.add(new Occupation("bkg_" + seed + "_" + i, resourceId, "svc_other", start, start,
                    start.plusSeconds(40 * 60), 1));
        }
        return result;
    }

    /** What serving one availability request costs once the store has answered: calendars, then the sweep. */
    private List<Slot> run(List<Resource> resources, List<Occupation> occupations) {
        Map<String, List<Occupation>> byResource = Occupations.byResource(occupations);
        List<ResourceCalendar> calendars = new ArrayList<>();
        for (Resource resource : resources) {
            calendars.add(ResourceCalendar.of(resource, rules, exceptions,
                    byResource.getOrDefault(resource.id(), List.of()), null, FIRST.minusDays(1), LAST.plusDays(1)));
        }
        return engine.slots(new SlotQuery(service, List.of(calendars), windowStart, windowEnd, now, 1, false));
    }

    @Benchmark
    public List<Slot> single() {
        return run(staff.subList(0, 1), bookings300);
    }

    @Benchmark
    public List<Slot> tenTimesTheBookings() {
        return run(staff.subList(0, 1), bookings3000);
    }

    @Benchmark
    public List<Slot> tenResourcesAnyStaff() {
        return run(staff, bookingsTenResources);
    }

    /** The floor: sort as many longs as the fixture has boundaries, then write every slot start in one pass. */
    @Benchmark
    public long[] floor() {
        System.arraycopy(floorInput, 0, floorWork, 0, floorInput.length);
        Arrays.sort(floorWork);
        long start = floorWork[0];
        for (int i = 0; i < floorOut.length; i++) {
            floorOut[i] = start + 900L * i;
        }
        return floorOut;
    }
}
