#!/usr/bin/env bash
# Booking create over HTTP on DynamoDB Local against a raw SDK TransactWriteItems loop writing the same items to the
# same DynamoDB Local (same tables, keys, conditions and client count), five alternating runs after a warm-up.
# Each client books days of its own in both, so neither measures contention on one resource-day item.
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${CLIENTS:-8}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-15}
WARMUP_SECONDS=${WARMUP_SECONDS:-45}
RUNS=${RUNS:-5}
PORT=${PORT:-18084}
DYNAMODB_PORT=${DYNAMODB_PORT:-18000}
source benchmarks/service.sh
DATA=$(mktemp -d /tmp/cita-transactwrite.XXXX)
start_dynamodb_service $DATA $PORT $DYNAMODB_PORT
trap 'kill $SERVICE 2>/dev/null || true' EXIT
# warm-up: the service and DynamoDB Local share a JVM whose JIT needs it (the raw loop then runs on a warm store);
# after 15 s both sides were still speeding up from run to run
$DRIVER booking-throughput http://127.0.0.1:$PORT $CLIENTS $WARMUP_SECONDS $DATA/ids.txt days-per-client > /dev/null
for run in $(seq 1 $RUNS); do
  $DRIVER booking-throughput http://127.0.0.1:$PORT $CLIENTS $SECONDS_PER_RUN $DATA/ids.txt days-per-client \
    $DATA/capacity.txt
  $DRIVER transact-write-loop http://127.0.0.1:$DYNAMODB_PORT cita- $CLIENTS $SECONDS_PER_RUN
done
