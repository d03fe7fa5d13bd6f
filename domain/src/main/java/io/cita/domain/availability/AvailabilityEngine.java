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
    private static final int INDEX_BITS = 10;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    private static final int MAX_CANDIDATES_PER_REQUIREMENT = 1 << INDEX_BITS;

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
        Starts starts = primaryStarts(primary, duration, before, after, grid, earliest, latestExclusive, query);
        List<Slot> slots = new ArrayList<>(starts.size());
        List<List<String>> alone = new ArrayList<>(primary.size());
        for (ResourceCalendar calendar : primary) {
            alone.add(List.of(calendar.resourceId()));
        }
        int requirements = candidates.size();
        String[] chosen = new String[requirements];
        for (int s = 0; s < starts.size(); s++) {
            long packed = starts.values()[s];
            long start = packed >> INDEX_BITS;
            int firstIndex = (int) (packed & INDEX_MASK);
            ResourceCalendar first = primary.get(firstIndex);
            chosen[0] = first.resourceId();
            int seatsLeft = first.seatsLeft(start, start - before, start + duration + after, service.capacity(),
                    query.ignoreOccupations());
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
                slots.add(new Slot(start, start + duration, requirements == 1 ? alone.get(firstIndex) : List.of(chosen),
                        seatsLeft));
            }
        }
        return slots;
    }

    /**
     * The distinct starts the first requirement can serve, each packed as {@code start << INDEX_BITS | index} with the
     * first resource (in preference order) that can take it, sorted. Resources are visited in order; a resource
     * only checks the starts no earlier resource took, and its new starts are merged in, so "any staff" costs a
     * little more than one resource, not one resource times their number.
     */
    private static Starts primaryStarts(List<ResourceCalendar> primary, long duration, long before, long after,
                                        long grid, long earliest, long latestExclusive, SlotQuery query) {
        long[] taken = new long[0];
        int takenSize = 0;
        for (int index = 0; index < primary.size(); index++) {
            ResourceCalendar calendar = primary.get(index);
            long[] working = calendar.working();
            long[] found = new long[gridPoints(working, duration, grid, earliest, latestExclusive)];
            int size = 0;
            int cursor = 0;
            for (int w = 0; w < working.length; w += 3) {
                long rangeEnd = working[w + 1];
                long anchor = working[w + 2];
                long first = Math.max(working[w], earliest);
                long steps = (first - anchor + grid - 1) / grid;
                for (long start = anchor + steps * grid; start + duration <= rangeEnd && start < latestExclusive;
                     start += grid) {
                    while (cursor < takenSize && (taken[cursor] >> INDEX_BITS) < start) {
                        cursor++;
                    }
                    if (cursor < takenSize && (taken[cursor] >> INDEX_BITS) == start) {
                        continue;
                    }
                    int left = calendar.seatsLeft(start, start - before, start + duration + after,
                            query.service().capacity(), query.ignoreOccupations());
                    if (left >= query.seats()) {
                        found[size++] = (start << INDEX_BITS) | index;
                    }
                }
            }
            if (size > 0 && takenSize == 0 && isSorted(found, size)) {
                taken = found;
                takenSize = size;
            } else if (size > 0) {
                taken = merge(taken, takenSize, found, size);
                takenSize = taken.length;
            }
        }
        return new Starts(taken, takenSize);
    }

    /** The first {@code size} of {@code values}: packed starts and resource indexes. */
    private record Starts(long[] values, int size) {
    }

    /** How many grid starts a resource's working ranges offer inside the window: the most it can emit. */
    private static int gridPoints(long[] working, long duration, long grid, long earliest, long latestExclusive) {
        long count = 0;
        for (int w = 0; w < working.length; w += 3) {
            long first = Math.max(working[w], earliest);
            long start = working[w + 2] + (first - working[w + 2] + grid - 1) / grid * grid;
            long last = Math.min(working[w + 1] - duration, latestExclusive - 1);
            if (last >= start) {
                count += (last - start) / grid + 1;
            }
        }
        return (int) Math.min(count, Integer.MAX_VALUE - 8);
    }

    private static boolean isSorted(long[] values, int size) {
        for (int i = 1; i < size; i++) {
            if (values[i - 1] > values[i]) {
                return false;
            }
        }
        return true;
    }

    /** Merges the sorted first {@code takenSize} of {@code taken} with the first {@code size} of {@code found}. */
    private static long[] merge(long[] taken, int takenSize, long[] found, int size) {
        if (!isSorted(found, size)) {
            Arrays.sort(found, 0, size);
        }
        long[] merged = new long[takenSize + size];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < takenSize && j < size) {
            merged[k++] = taken[i] <= found[j] ? taken[i++] : found[j++];
        }
        while (i < takenSize) {
            merged[k++] = taken[i++];
        }
        while (j < size) {
            merged[k++] = found[j++];
        }
        return merged;
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
