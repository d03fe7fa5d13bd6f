#!/usr/bin/env bash
# The shared rate limiter's cost on DynamoDB: booking create over HTTP (wrk, as in rate-limiter.sh) on two service
# jars side by side on one DynamoDB Local (each with tables of its own prefix), rate limits on: one with the buckets
# shared through DynamoDB (compare-and-swap on RateLimits items, the default), one with them in memory
# (cita.rate-limits.shared=false). The ENTERPRISE plan's requests a minute are made unlimited in both table sets, so
# every request takes a token and none is refused. Alternating runs after a warm-up of each.
set -euo pipefail
cd "$(dirname "$0")/.."
DYNAMODB_PORT=${DYNAMODB_PORT:-18100}
source benchmarks/service.sh
need_wrk

DATA=$(mktemp -d /tmp/cita-limiter-dynamodb.XXXX)
start_dynamodb_local $DATA $DYNAMODB_PORT
SHARED= MEMORY=
trap 'kill $SHARED $MEMORY $DYNAMODB 2>/dev/null || true' EXIT

# unlimited_plan PREFIX: the ENTERPRISE plan of the tables named PREFIX* takes any number of requests a minute.
unlimited_plan() {
  curl -sf --aws-sigv4 "aws:amz:eu-west-1:dynamodb" --user local:local -H 'Content-Type: application/x-amz-json-1.0' \
    -H 'X-Amz-Target: DynamoDB_20120810.UpdateItem' "http://localhost:$DYNAMODB_PORT/" -d "{\"TableName\":\"${1}Plans\",
      \"Key\":{\"PK\":{\"S\":\"PLAN#ENTERPRISE\"},\"SK\":{\"S\":\"META#PLAN\"}},
      \"UpdateExpression\":\"SET requestsPerMinute = :unlimited\",
      \"ExpressionAttributeValues\":{\":unlimited\":{\"N\":\"-1\"}}}" > /dev/null
}

# start_limited DATA PORT PREFIX SHARED: the jar on the DynamoDB Local with rate limits on; SERVICE.
start_limited() {
  mkdir -p $1
  MICRONAUT_ENVIRONMENTS=dynamodb DYNAMODB_ENDPOINT=http://localhost:$DYNAMODB_PORT CITA_DATA_DIR=$1 PORT=$2 \
    CITA_ADMIN_EMAIL=admin@cita.example CITA_ADMIN_PASSWORD=cita-admin-2026 \
    java -Dcita.dynamodb.table-prefix=$3 -Dcita.rate-limits.shared=$4 -jar $JAR >> "$1/service.log" 2>&1 &
  SERVICE=$!
  wait_for_health $1 $2
  unlimited_plan $3
}

start_limited $DATA/shared 18086 shared- true
SHARED=$SERVICE
start_limited $DATA/memory 18087 memory- false
MEMORY=$SERVICE

compare_bookings "shared (DynamoDB)" $DATA/shared 18086 "in memory        " $DATA/memory 18087
