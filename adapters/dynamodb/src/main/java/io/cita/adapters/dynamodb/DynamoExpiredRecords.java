package io.cita.adapters.dynamodb;

import io.cita.application.port.out.ExpiredRecords;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;

/** Nothing to purge on DynamoDB: the same records carry a "ttl" attribute and DynamoDB deletes them itself. */
@Singleton
@Requires(env = "dynamodb")
public class DynamoExpiredRecords implements ExpiredRecords {
    @Override
    public Purge purge(Instant now) {
        return new Purge(true, 0);
    }
}
