package io.cita.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Reads the consumed-capacity report a Cita on DynamoDB writes each second ({@code cita.dynamodb.consumed-capacity-file},
 * lines {@code Operation calls=N units=U}) and tells what happened between two readings, per booking.
 */
final class CapacityFile {
    private CapacityFile() {
    }

    /** Calls and units per operation, as the file says now (nothing when there is no file yet). */
    static Map<String, double[]> read(Path file) throws IOException {
        Map<String, double[]> result = new TreeMap<>();
        if (!Files.exists(file)) {
            return result;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.split("[ =]");
            result.put(parts[0], new double[] {Double.parseDouble(parts[2]), Double.parseDouble(parts[4])});
        }
        return result;
    }

    /**
     * The totals as of the service's next rewrite of the file (it rewrites it each second), so every call made before
     * this is in them.
     */
    static Map<String, double[]> afterNextWrite(Path file) throws Exception {
        FileTime seen = Files.exists(file) ? Files.getLastModifiedTime(file) : FileTime.fromMillis(0);
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(file) || Files.getLastModifiedTime(file).compareTo(seen) <= 0) {
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException("the service has not rewritten " + file + " for 10 s");
            }
            Thread.sleep(50);
        }
        return read(file);
    }

    /** Prints calls and units per booking between {@code before} and the service's next rewrite of the file. */
    static void printPerBooking(Path file, Map<String, double[]> before, int bookings) throws Exception {
        Map<String, double[]> after = afterNextWrite(file);
        double calls = 0;
        double units = 0;
        StringBuilder detail = new StringBuilder();
        for (Map.Entry<String, double[]> entry : after.entrySet()) {
            double[] was = before.getOrDefault(entry.getKey(), new double[2]);
            double c = (entry.getValue()[0] - was[0]) / bookings;
            double u = (entry.getValue()[1] - was[1]) / bookings;
            if (c > 0) {
                calls += c;
                units += u;
                detail.append(String.format(Locale.ROOT, " %s %.2f calls %.2f units;", entry.getKey(), c, u));
            }
        }
        System.out.printf(Locale.ROOT, "service's DynamoDB use per booking: %.2f calls, %.2f capacity units:%s%n",
                calls, units, detail);
    }
}
