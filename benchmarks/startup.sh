#!/usr/bin/env bash
# Start-up and memory: time from launch to the first 200 of GET /health, for Cita and for a blank Micronaut app of
# the same version with the same JVM flags, three alternating runs; then Cita's resident memory after a minute of
# availability and health load. Cita is timed both on a fresh data directory (creating its PostgreSQL cluster) and
# restarting on an existing one.
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/service.sh
JVM_FLAGS=${JVM_FLAGS:-"-Xms256m -Xmx256m"}
PORT=${PORT:-18084}
BLANK=benchmarks/blank-app/target/blank-app.jar

# millis_to_first_200 COMMAND...: launches COMMAND in the background, sets MILLIS to the milliseconds until /health
# answers 200 and leaves the process running with its pid in LAUNCHED.
millis_to_first_200() {
  local begin
  begin=$(date +%s%N)
  "$@" > /dev/null 2>&1 &
  LAUNCHED=$!
  until curl -sf -o /dev/null "localhost:$PORT/health"; do sleep 0.01; done
  MILLIS=$((($(date +%s%N) - begin) / 1000000))
}

ratio() {
  awk "BEGIN { printf \"%.2f\", $1 / $2 }"
}

stop() {
  kill "$1"
  while kill -0 "$1" 2> /dev/null; do sleep 0.1; done
}

KEPT=$(mktemp -d /tmp/cita-startup.XXXX)
for run in 1 2 3; do
  FRESH=$(mktemp -d /tmp/cita-startup.XXXX)
  millis_to_first_200 env PORT=$PORT java $JVM_FLAGS -jar $BLANK; blank=$MILLIS; stop $LAUNCHED
  millis_to_first_200 env CITA_DATA_DIR=$FRESH PORT=$PORT java $JVM_FLAGS -jar $JAR; fresh=$MILLIS; stop $LAUNCHED
  millis_to_first_200 env CITA_DATA_DIR=$KEPT PORT=$PORT java $JVM_FLAGS -jar $JAR; restart=$MILLIS; stop $LAUNCHED
  echo "run $run: blank Micronaut $blank ms | Cita fresh data $fresh ms ($(ratio $fresh $blank)x)" \
       "| Cita restart $restart ms ($(ratio $restart $blank)x)"
  rm -rf "$FRESH"
done

CITA_DATA_DIR=$KEPT PORT=$PORT java $JVM_FLAGS -Dcita.rate-limits.enabled=false -jar $JAR > $KEPT/service.log 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "localhost:$PORT/health"; do sleep 0.1; done
$DRIVER latency http://127.0.0.1:$PORT 200 10 > /dev/null
POSTMASTER=$(head -1 $KEPT/postgres/postmaster.pid)
echo "after a minute of load at 200 req/s with $JVM_FLAGS: Cita JVM RSS $(awk '/VmRSS/ {print int($2/1024)}' /proc/$SERVICE/status) MB;" \
     "embedded PostgreSQL postmaster RSS $(awk '/VmRSS/ {print int($2/1024)}' /proc/$POSTMASTER/status) MB"
