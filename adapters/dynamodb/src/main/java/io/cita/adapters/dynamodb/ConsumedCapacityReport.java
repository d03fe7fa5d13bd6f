package io.cita.adapters.dynamodb;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * When {@code cita.dynamodb.consumed-capacity-file} names a file, meters every DynamoDB call with
 * {@link ConsumedCapacityMeter} and rewrites that file each second with one line per operation
 * ({@code TransactWriteItems calls=… units=…}): a diagnostic for capacity planning and the benchmarks.
 */
@Singleton
@Requires(env = "dynamodb")
@Requires(property = "cita.dynamodb.consumed-capacity-file")
public class ConsumedCapacityReport implements BeanCreatedEventListener<DynamoDbClientBuilder> {
    private static final Logger LOG = LoggerFactory.getLogger(ConsumedCapacityReport.class);
    private final ConsumedCapacityMeter meter = new ConsumedCapacityMeter();
    private final Path file;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "consumed-capacity-report");
        thread.setDaemon(true);
        return thread;
    });

    public ConsumedCapacityReport(@Value("${cita.dynamodb.consumed-capacity-file}") Path file) {
        this.file = file;
        writer.scheduleWithFixedDelay(this::writeQuietly, 1, 1, TimeUnit.SECONDS);
        LOG.info("Metering DynamoDB consumed capacity into {}", file);
    }

    @Override
    public DynamoDbClientBuilder onCreated(BeanCreatedEvent<DynamoDbClientBuilder> event) {
        DynamoDbClientBuilder builder = event.getBean();
        builder.overrideConfiguration(builder.overrideConfiguration().toBuilder().addExecutionInterceptor(meter).build());
        return builder;
    }

    /**
     * Writes the totals so far, replacing the file in one step so a reader never sees half of it; synchronized, as
     * the scheduled writer and a direct call (shutdown, a test) would otherwise share the temporary file.
     */
    synchronized void write() throws IOException {
        List<String> lines = new ArrayList<>();
        meter.snapshot().forEach((operation, usage) -> lines.add(String.format(Locale.ROOT, "%s calls=%d units=%.1f",
                operation, usage.calls(), usage.units())));
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Files.write(next, lines, StandardCharsets.UTF_8);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void writeQuietly() {
        try {
            write();
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not write the consumed capacity report {}: {}", file, e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        writer.shutdownNow();
        writeQuietly();
    }
}
