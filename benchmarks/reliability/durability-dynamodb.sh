#!/usr/bin/env bash
# The durability check on DynamoDB: kill -9 the service during sustained booking load, restart it, and check that
# every booking acknowledged with a 201 is there and nothing is half-written (read straight from the tables).
# DynamoDB Local runs in a process of its own with its tables on disk, so only the service dies.
set -euo pipefail
cd "$(dirname "$0")/../.."
source benchmarks/service.sh
DATA=$(mktemp -d /tmp/cita-durability-dynamodb.XXXX)
PORT=${PORT:-18082}
DYNAMODB_PORT=${DYNAMODB_PORT:-18001}
start_jar_with_dynamodb_local $DATA $PORT $DYNAMODB_PORT
kill_service_during_load $DATA $PORT
start_jar_on_dynamodb $DATA $PORT $DYNAMODB_PORT
$DRIVER durability-check http://127.0.0.1:$PORT $DATA/acknowledged.txt
$DRIVER dynamo-consistency http://127.0.0.1:$DYNAMODB_PORT cita- "$(head -1 $DATA/acknowledged.txt | cut -d' ' -f1)"
