package io.cita.domain.availability;

import io.cita.domain.resource.Resource;
import io.cita.domain.schedule.ScheduleException;
import io.cita.domain.schedule.WeeklyRule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One resource's time as primitive arrays, ready for the slot sweep: working ranges (triples start, end, anchor),
 * blocking occupations (merged pairs), and the class sessions of the queried service (quads session start,
 * occupied start, occupied end, seats taken).
 */
public final class ResourceCalendar {
    private final String resourceId;
    private final long[] working;
    private final long[] busy;
    private final long[] sessions;

    private ResourceCalendar(String resourceId, long[] working, long[] busy, long[] sessions) {
        this.resourceId = resourceId;
        this.working = working;
        this.busy = busy;
        this.sessions = sessions;
    }

    /**
     * Builds the calendar of {@code resource} for local dates {@code firstDate..lastDate} in its own zone.
     * Occupations by the same class service ({@code classServiceId}, or null for a one-seat service) with the same
     * start are seats of one session rather than blocks.
     */
    public static ResourceCalendar of(Resource resource, List<WeeklyRule> rules, List<ScheduleException> exceptions,
                                      List<Occupation> occupations, String classServiceId, LocalDate firstDate,
                                      LocalDate lastDate) {
        long[] working = WorkingTime.between(resource.timezone(), rules, exceptions, firstDate, lastDate);
        long[] packed = new long[occupations.size()];
        int blocking = 0;
        WorkingTime.LongList sessions = new WorkingTime.LongList(4);
        for (Occupation occupation : occupations) {
            if (!occupation.resourceId().equals(resource.id())) {
                continue;
            }
            long start = occupation.occupiedStart().getEpochSecond();
            long end = occupation.occupiedEnd().getEpochSecond();
            if (occupation.serviceId().equals(classServiceId)) {
                sessions.add(occupation.bookingStart().getEpochSecond(), start, end);
                sessions.add(occupation.seats());
            } else {
                packed[blocking++] = Intervals.pack(start, end);
            }
        }
        return new ResourceCalendar(resource.id(), working, Intervals.mergePacked(packed, blocking), sessions.toArray());
    }

    public String resourceId() {
        return resourceId;
    }

    long[] working() {
        return working;
    }

    /** Whether a booking of {@code start..end} (occupying {@code occStart..occEnd}) lies in one working range. */
    boolean works(long start, long end) {
        int lo = 0;
        int hi = working.length / 3 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (working[3 * mid + 1] <= start) {
                lo = mid + 1;
            } else if (working[3 * mid] > start) {
                hi = mid - 1;
            } else {
                return end <= working[3 * mid + 1];
            }
        }
        return false;
    }

    /**
     * Seats left if the resource can take an occupation {@code occStart..occEnd} for a booking starting at
     * {@code start}: {@code capacity} minus the seats of that session, or -1 when something else is in the way.
     */
    int seatsLeft(long start, long occStart, long occEnd, int capacity, boolean ignoreOccupations) {
        return seatsLeft(start, occStart, occEnd, capacity, ignoreOccupations,
                Intervals.overlapsAny(busy, occStart, occEnd));
    }

    /** A reader of seats left for starts asked in time order: it walks the busy intervals once, forward. */
    InOrder inOrder() {
        return new InOrder();
    }

    /** {@link #seatsLeft} for starts asked in time order, with a cursor instead of a search per start. */
    final class InOrder {
        private int cursor;

        int seatsLeft(long start, long occStart, long occEnd, int capacity, boolean ignoreOccupations) {
            while (cursor < busy.length && busy[cursor + 1] <= occStart) {
                cursor += 2;
            }
            boolean blocked = cursor < busy.length && busy[cursor] < occEnd;
            return ResourceCalendar.this.seatsLeft(start, occStart, occEnd, capacity, ignoreOccupations, blocked);
        }
    }

    private int seatsLeft(long start, long occStart, long occEnd, int capacity, boolean ignoreOccupations,
                          boolean blocked) {
        if (ignoreOccupations) {
            return capacity;
        }
        return blocked ? -1 : sessionSeatsLeft(start, occStart, occEnd, capacity);
    }

    /** Seats left once no blocking occupation is in the way: {@code capacity} minus the seats of that session. */
    private int sessionSeatsLeft(long start, long occStart, long occEnd, int capacity) {
        int taken = 0;
        for (int i = 0; i < sessions.length; i += 4) {
            if (sessions[i + 1] < occEnd && occStart < sessions[i + 2]) {
                if (sessions[i] != start) {
                    return -1;
                }
                taken += (int) sessions[i + 3];
            }
        }
        return capacity - taken;
    }

    @Override
    public String toString() {
        return "ResourceCalendar[" + resourceId + ", working=" + Arrays.toString(working) + ", busy="
                + Arrays.toString(busy) + ", until=" + Instant.ofEpochSecond(working.length == 0 ? 0 : working[working.length - 2]) + "]";
    }
}
