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
    private static final long[] EMPTY = new long[0];

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
        Sweep sweep = new Sweep(query, duration, before, after, grid, earliest, latestExclusive);
        if (primary.size() == 1) {
            // One resource: its working ranges are sorted and disjoint, so starts come in order; no buffer needed.
            List<Slot> slots = new ArrayList<>(gridPoints(primary.get(0).working(), duration, grid, earliest,
                    latestExclusive));
            Completion completion = new Completion(sweep, List.of(primary.get(0).resourceId()), slots);
            sweep.scan(primary.get(0), 0, EMPTY, 0, (start, index, left) -> completion.accept(start, primary.get(0), left));
            return slots;
        }
        Starts starts = primaryStarts(primary, sweep);
        List<Slot> slots = new ArrayList<>(starts.size());
        Completion[] completions = new Completion[primary.size()];
        for (int i = 0; i < primary.size(); i++) {
            completions[i] = new Completion(sweep, List.of(primary.get(i).resourceId()), slots);
        }
        for (int s = 0; s < starts.size(); s++) {
            long packed = starts.values()[s];
            int index = (int) (packed & INDEX_MASK);
            long start = packed >> INDEX_BITS;
            completions[index].accept(start, primary.get(index), sweep.seatsLeft(primary.get(index), start));
        }
        return slots;
    }

    /** Receives each start a resource can take, its index among the first requirement's, and the seats left. */
    @FunctionalInterface
    private interface StartSink {
        void accept(long start, int index, int seatsLeft);
    }

    /** The grid and window of one query, and a scan of one resource's working ranges over it. */
    private record Sweep(SlotQuery query, long duration, long before, long after, long grid, long earliest,
                         long latestExclusive) {

        /**
         * Hands {@code sink} every grid start of {@code calendar} in order that it can take, skipping those in the
         * first {@code takenSize} of the sorted packed {@code taken}.
         */
        void scan(ResourceCalendar calendar, int index, long[] taken, int takenSize, StartSink sink) {
            long[] working = calendar.working();
            int cursor = 0;
            ResourceCalendar.InOrder seats = calendar.inOrder();
            int capacity = query.service().capacity();
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
                    int left = seats.seatsLeft(start, start - before, start + duration + after, capacity,
                            query.ignoreOccupations());
                    if (left >= query.seats()) {
                        sink.accept(start, index, left);
                    }
                }
            }
        }

        /** Seats {@code calendar} has left for a booking at {@code start}, buffers included; -1 when it is taken. */
        int seatsLeft(ResourceCalendar calendar, long start) {
            return calendar.seatsLeft(start, start - before, start + duration + after, query.service().capacity(),
                    query.ignoreOccupations());
        }
    }

    /**
     * Completes a start the first requirement can serve with a distinct resource for every other requirement, and
     * adds the slot when all are found.
     */
    private static final class Completion {
        private final Sweep sweep;
        private final List<String> alone;
        private final List<Slot> slots;
        private final String[] chosen;

        Completion(Sweep sweep, List<String> alone, List<Slot> slots) {
            this.sweep = sweep;
            this.alone = alone;
            this.slots = slots;
            this.chosen = new String[sweep.query().candidates().size()];
        }

        void accept(long start, ResourceCalendar first, int firstSeatsLeft) {
            SlotQuery query = sweep.query();
            long duration = sweep.duration();
            chosen[0] = first.resourceId();
            int seatsLeft = firstSeatsLeft;
            List<List<ResourceCalendar>> candidates = query.candidates();
            for (int r = 1; r < chosen.length; r++) {
                chosen[r] = null;
                for (ResourceCalendar calendar : candidates.get(r)) {
                    if (alreadyChosen(chosen, r, calendar.resourceId()) || !calendar.works(start, start + duration)) {
                        continue;
                    }
                    int left = sweep.seatsLeft(calendar, start);
                    if (left >= query.seats()) {
                        chosen[r] = calendar.resourceId();
                        seatsLeft = Math.min(seatsLeft, left);
                        break;
                    }
                }
                if (chosen[r] == null) {
                    return;
                }
            }
            slots.add(new Slot(start, start + duration, chosen.length == 1 ? alone : List.of(chosen), seatsLeft));
        }
    }

    /**
     * The distinct starts the first requirement can serve, each packed as {@code start << INDEX_BITS | index} with the
     * first resource (in preference order) that can take it, sorted. Resources are visited in order; a resource
     * only checks the starts no earlier resource took, and its new starts are merged in, so "any staff" costs a
     * little more than one resource, not one resource times their number.
     */
    private static Starts primaryStarts(List<ResourceCalendar> primary, Sweep sweep) {
        long[] taken = EMPTY;
        int takenSize = 0;
        for (int index = 0; index < primary.size(); index++) {
            ResourceCalendar calendar = primary.get(index);
            Buffer found = new Buffer(gridPoints(calendar.working(), sweep.duration(), sweep.grid(), sweep.earliest(),
                    sweep.latestExclusive()));
            sweep.scan(calendar, index, taken, takenSize, found);
            if (found.size > 0 && takenSize == 0 && isSorted(found.values, found.size)) {
                taken = found.values;
                takenSize = found.size;
            } else if (found.size > 0) {
                taken = merge(taken, takenSize, found.values, found.size);
                takenSize = taken.length;
            }
        }
        return new Starts(taken, takenSize);
    }

    /** Packed starts found for one resource, sized for the most it can emit. */
    private static final class Buffer implements StartSink {
        private final long[] values;
        private int size;

        Buffer(int capacity) {
            values = new long[capacity];
        }

        @Override
        public void accept(long start, int index, int seatsLeft) {
            values[size++] = (start << INDEX_BITS) | index;
        }
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
