package io.cita.adapters.rest.violations;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Violates the AWS rule on purpose: a REST class holding a DynamoDB client. */
public class RestAdapterUsingAwsSdk {
    public DynamoDbClient dynamo;
}
