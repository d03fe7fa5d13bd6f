package io.cita.domain.availability;

import io.cita.domain.shared.InvalidValueException;
import java.util.Arrays;

/** Operations on flat arrays of half-open [start, end) pairs of epoch seconds (after 1970). */
final class Intervals {
    private static final int INDEX_BITS = 21;

    private Intervals() {
    }

    /** Sorts pairs by start and merges overlapping or touching ones. */
    static long[] merge(long[] pairs) {
        if (pairs.length == 0) {
            return pairs;
        }
        long[] work = sortedByStart(pairs);
        long[] out = new long[work.length];
        int size = 0;
        long curStart = work[0];
        long curEnd = work[1];
        for (int i = 2; i < work.length; i += 2) {
            if (work[i] <= curEnd) {
                curEnd = Math.max(curEnd, work[i + 1]);
            } else {
                out[size++] = curStart;
                out[size++] = curEnd;
                curStart = work[i];
                curEnd = work[i + 1];
            }
        }
        out[size++] = curStart;
        out[size++] = curEnd;
        return size == out.length ? out : Arrays.copyOf(out, size);
    }

    /** Pairs sorted by start: each start is packed with its pair index into one long and the longs sorted. */
    static long[] sortedByStart(long[] pairs) {
        int n = pairs.length / 2;
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = pairs[2 * i - 2] <= pairs[2 * i];
        }
        if (sorted) {
            return pairs;
        }
        if (n >= 1 << INDEX_BITS) {
            throw new InvalidValueException("too many intervals");
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (pairs[2 * i] << INDEX_BITS) | i;
        }
        Arrays.sort(keys);
        long[] out = new long[pairs.length];
        for (int i = 0; i < n; i++) {
            int index = (int) (keys[i] & ((1 << INDEX_BITS) - 1));
            out[2 * i] = pairs[2 * index];
            out[2 * i + 1] = pairs[2 * index + 1];
        }
        return out;
    }

    private static final int LENGTH_BITS = 22;

    /**
     * One interval in one long: its start shifted left and its length (under 48 days) in the low bits, so that an
     * array of them sorts by start in place, with no pair objects or index arrays.
     */
    static long pack(long start, long end) {
        long length = end - start;
        if (length < 0 || length >= 1L << LENGTH_BITS || start < 0) {
            throw new IllegalArgumentException("interval out of range");
        }
        return start << LENGTH_BITS | length;
    }

    /** Sorts the first {@code count} packed intervals in place and merges them into sorted, disjoint pairs. */
    static long[] mergePacked(long[] packed, int count) {
        if (count == 0) {
            return new long[0];
        }
        Arrays.sort(packed, 0, count);
        long[] out = new long[2 * mergedCount(packed, count)];
        int size = 0;
        long curStart = packed[0] >>> LENGTH_BITS;
        long curEnd = curStart + (packed[0] & ((1L << LENGTH_BITS) - 1));
        for (int i = 1; i < count; i++) {
            long start = packed[i] >>> LENGTH_BITS;
            long end = start + (packed[i] & ((1L << LENGTH_BITS) - 1));
            if (start <= curEnd) {
                curEnd = Math.max(curEnd, end);
            } else {
                out[size++] = curStart;
                out[size++] = curEnd;
                curStart = start;
                curEnd = end;
            }
        }
        out[size++] = curStart;
        out[size] = curEnd;
        return out;
    }

    /** How many disjoint intervals the first {@code count} sorted packed intervals merge into. */
    private static int mergedCount(long[] packed, int count) {
        int merged = 1;
        long curEnd = (packed[0] >>> LENGTH_BITS) + (packed[0] & ((1L << LENGTH_BITS) - 1));
        for (int i = 1; i < count; i++) {
            long start = packed[i] >>> LENGTH_BITS;
            long end = start + (packed[i] & ((1L << LENGTH_BITS) - 1));
            if (start > curEnd) {
                merged++;
                curEnd = end;
            } else {
                curEnd = Math.max(curEnd, end);
            }
        }
        return merged;
    }

    /** Whether [start, end) overlaps any pair of a merged, sorted array. */
    static boolean overlapsAny(long[] merged, long start, long end) {
        int pairs = merged.length / 2;
        int lo = 0;
        int hi = pairs - 1;
        int first = pairs;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (merged[2 * mid + 1] > start) {
                first = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return first < pairs && merged[2 * first] < end;
    }
}
