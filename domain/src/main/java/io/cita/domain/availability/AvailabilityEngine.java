package io.cita.domain.availability;

import io.cita.domain.shared.InvalidValueException;
import io.cita.domain.catalog.Service;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lists the slots of a service. Candidate starts lie on the grid of the service's slot interval, anchored at the
 * start of each working range of the resources of the first requirement; a start is a slot when every requirement
 * has a distinct eligible resource working for the whole service and free for the buffered interval, inside the
 * notice and advance window. Works on sorted primitive arrays; it allocates only for the slots it emits.
 */
public final class AvailabilityEngine {
    private static final int MAX_CANDIDATES_PER_REQUIREMENT = 1024;

    public List<Slot> slots(SlotQuery query) {
        Service service = query.service();
        long duration = service.durationMinutes() * 60L;
        long before = service.bufferBeforeMinutes() * 60L;
        long after = service.bufferAfterMinutes() * 60L;
        long grid = service.slotIntervalMinutes() * 60L;
        long now = query.now().getEpochSecond();
        long earliest = Math.max(query.windowStart().getEpochSecond(), now + service.minNoticeMinutes() * 60L);
        long latestExclusive = Math.min(query.windowEnd().getEpochSecond(),
                now + Duration.ofDays(service.maxAdvanceDays()).getSeconds() + 1);
        if (earliest >= latestExclusive) {
            return List.of();
        }
        List<List<ResourceCalendar>> candidates = query.candidates();
        List<ResourceCalendar> primary = candidates.get(0);
        if (primary.size() > MAX_CANDIDATES_PER_REQUIREMENT) {
            throw new InvalidValueException("too many eligible resources");
        }
        long[] starts = primaryStarts(primary, duration, before, after, grid, earliest, latestExclusive, query);
        List<Slot> slots = new ArrayList<>();
        int requirements = candidates.size();
        String[] chosen = new String[requirements];
        for (int i = 0; i < starts.length; ) {
            long start = starts[i] >> 10;
            int seatsLeft = Integer.MAX_VALUE;
            chosen[0] = null;
            // entries for one start are consecutive and ordered by resource preference
            for (; i < starts.length && (starts[i] >> 10) == start; i++) {
                if (chosen[0] == null) {
                    ResourceCalendar calendar = primary.get((int) (starts[i] & 1023));
                    chosen[0] = calendar.resourceId();
                    seatsLeft = calendar.seatsLeft(start, start - before, start + duration + after,
                            service.capacity(), query.ignoreOccupations());
                }
            }
            boolean complete = true;
            for (int r = 1; r < requirements && complete; r++) {
                chosen[r] = null;
                for (ResourceCalendar calendar : candidates.get(r)) {
                    if (alreadyChosen(chosen, r, calendar.resourceId()) || !calendar.works(start, start + duration)) {
                        continue;
                    }
                    int left = calendar.seatsLeft(start, start - before, start + duration + after,
                            service.capacity(), query.ignoreOccupations());
                    if (left >= query.seats()) {
                        chosen[r] = calendar.resourceId();
                        seatsLeft = Math.min(seatsLeft, left);
                        break;
                    }
                }
                complete = chosen[r] != null;
            }
            if (complete) {
                slots.add(new Slot(Instant.ofEpochSecond(start), Instant.ofEpochSecond(start + duration),
                        Arrays.asList(chosen.clone()), seatsLeft));
            }
        }
        return slots;
    }

    /**
     * Every (start, resource index) of the first requirement where that resource can take the booking, packed as
     * {@code start << 10 | index} and sorted, so equal starts come together in preference order.
     */
    private static long[] primaryStarts(List<ResourceCalendar> primary, long duration, long before, long after,
                                        long grid, long earliest, long latestExclusive, SlotQuery query) {
        long[] out = new long[64];
        int size = 0;
        for (int index = 0; index < primary.size(); index++) {
            ResourceCalendar calendar = primary.get(index);
            long[] working = calendar.working();
            for (int w = 0; w < working.length; w += 3) {
                long rangeStart = working[w];
                long rangeEnd = working[w + 1];
                long anchor = working[w + 2];
                long first = Math.max(rangeStart, earliest);
                long steps = (first - anchor + grid - 1) / grid;
                for (long start = anchor + steps * grid; start + duration <= rangeEnd && start < latestExclusive;
                     start += grid) {
                    int left = calendar.seatsLeft(start, start - before, start + duration + after,
                            query.service().capacity(), query.ignoreOccupations());
                    if (left >= query.seats()) {
                        if (size == out.length) {
                            out = Arrays.copyOf(out, size * 2);
                        }
                        out[size++] = (start << 10) | index;
                    }
                }
            }
        }
        long[] starts = Arrays.copyOf(out, size);
        Arrays.sort(starts);
        return starts;
    }

    private static boolean alreadyChosen(String[] chosen, int upTo, String resourceId) {
        for (int i = 0; i < upTo; i++) {
            if (resourceId.equals(chosen[i])) {
                return true;
            }
        }
        return false;
    }
}
