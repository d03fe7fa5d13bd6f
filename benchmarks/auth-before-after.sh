#!/usr/bin/env bash
# Login and booking p99 before and after a change of the authentication path (the move onto Micronaut Security):
# two service jars side by side, each on its own embedded PostgreSQL with the demo tenant and rate limits off, BEFORE
# (a jar built from the commit before, passed as $1) and AFTER (this build's). Alternating runs after a warm-up of
# each: wrk logging the demo owner in, then wrk booking (as in booking-vs-pgbench.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE_JAR=${1:?"the jar to compare with: benchmarks/auth-before-after.sh /path/to/cita-before.jar"}
RUNS=${RUNS:-3}
source benchmarks/service.sh
need_wrk

# start_jar JAR DATA PORT: the jar on the embedded PostgreSQL in DATA, rate limits off; SERVICE.
start_jar() {
  CITA_DATA_DIR=$2 PORT=$3 java -Dcita.rate-limits.enabled=false -jar $1 >> "$2/service.log" 2>&1 &
  SERVICE=$!
  wait_for_health $2 $3
}

# logins NAME PORT SECONDS: prints NAME and wrk's summary of logging in for SECONDS at PORT.
logins() {
  echo -n "$1: "
  wrk -t$THREADS -c$CLIENTS -d${3}s -s benchmarks/wrk/login.lua http://127.0.0.1:$2 | grep 'http login'
}

BEFORE_DATA=$(mktemp -d /tmp/cita-auth-before.XXXX)
AFTER_DATA=$(mktemp -d /tmp/cita-auth-after.XXXX)
start_jar $BEFORE_JAR $BEFORE_DATA 18088
BEFORE=$SERVICE
start_jar $JAR $AFTER_DATA 18089
AFTER=$SERVICE
trap 'kill $BEFORE $AFTER 2>/dev/null || true' EXIT

logins "warm-up before" 18088 10 > /dev/null
logins "warm-up after" 18089 10 > /dev/null
run_bookings "warm-up before" $BEFORE_DATA 18088 10 > /dev/null
run_bookings "warm-up after" $AFTER_DATA 18089 10 > /dev/null
for i in $(seq 1 $RUNS); do
  logins "login before  " 18088 $SECONDS_PER_RUN
  logins "login after   " 18089 $SECONDS_PER_RUN
  run_bookings "booking before" $BEFORE_DATA 18088 $SECONDS_PER_RUN
  run_bookings "booking after " $AFTER_DATA 18089 $SECONDS_PER_RUN
done
