#!/usr/bin/env bash
# The dispatcher against a raw loop, and a booking's 201 to its webhook (issue 12's targets):
#  1. EVENTS bookings are made with the dispatcher off, so their events wait in the outbox;
#  2. the service restarts with the dispatcher on and drains them into a local sink that answers at once
#     (deliveries/s from the first arrival to the last);
#  3. a raw loop makes the same signed calls with the same client (StandardWebhooksSender) to the same sink, with as
#     many threads as the dispatcher's workers;
#  4. on a fresh tenant, bookings at RATE a second for SECONDS, each 201 timed to its webhook's arrival.
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS=${EVENTS:-10000}
RATE=${RATE:-50}
SECONDS_OF_LOAD=${SECONDS_OF_LOAD:-30}
WORKERS=${WORKERS:-4}
PORT=${PORT:-18086}
SINK=${SINK:-18096}
source benchmarks/service.sh
DATA=$(mktemp -d /tmp/cita-dispatch.XXXX)
run_service() {  # run_service DISPATCH_ENABLED
  CITA_DATA_DIR=$DATA PORT=$PORT java -Dcita.rate-limits.enabled=false -Dcita.webhooks.allow-private-http=true \
    -Dcita.dispatch.enabled=$1 -Dcita.dispatch.workers=$WORKERS -jar $JAR >> "$DATA/service.log" 2>&1 &
  SERVICE=$!
  wait_for_health $DATA $PORT
}
trap 'kill $SERVICE 2>/dev/null || true' EXIT

run_service false
$DRIVER dispatch-setup http://127.0.0.1:$PORT $EVENTS $SINK $DATA/setup.txt
kill $SERVICE; wait $SERVICE 2>/dev/null || true

$DRIVER dispatch-sink http://127.0.0.1:$PORT $SINK $EVENTS &
SINK_PID=$!
sleep 2
run_service true
wait $SINK_PID
kill $SERVICE; wait $SERVICE 2>/dev/null || true

$DRIVER dispatch-raw http://127.0.0.1:$PORT $SINK $EVENTS $WORKERS

run_service true
$DRIVER dispatch-latency http://127.0.0.1:$PORT $SINK $RATE $SECONDS_OF_LOAD
