#!/usr/bin/env bash
# The outage check on DynamoDB: stops DynamoDB Local under a steady read load for ten seconds and starts it again on
# the same tables: the API must answer 503 problem+json within 2 s, with no stack traces, and recover by itself.
# DynamoDB Local runs in a process of its own with its tables on disk, so it comes back with its data.
set -euo pipefail
cd "$(dirname "$0")/../.."
source benchmarks/service.sh
DATA=$(mktemp -d /tmp/cita-outage-dynamodb.XXXX)
PORT=${PORT:-18082}
DYNAMODB_PORT=${DYNAMODB_PORT:-18001}
start_jar_with_dynamodb_local $DATA $PORT $DYNAMODB_PORT
$DRIVER outage http://127.0.0.1:$PORT 30 | tee $DATA/outage.txt &
DRIVE=$!
sleep 8
kill $DYNAMODB
while kill -0 $DYNAMODB 2>/dev/null; do sleep 0.1; done
echo "--- DynamoDB Local stopped at $(date +%T)"
sleep 10
start_dynamodb_local $DATA $DYNAMODB_PORT
echo "--- DynamoDB Local started at $(date +%T)"
wait $DRIVE
echo "seconds with a stack trace: $(grep -c 'STACK TRACE' $DATA/outage.txt || true)"
echo "seconds with a 5xx that is not problem+json: $(grep -c 'NOT PROBLEM' $DATA/outage.txt || true)"
