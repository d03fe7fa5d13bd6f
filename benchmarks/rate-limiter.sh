#!/usr/bin/env bash
# The shared rate limiter's cost: booking create over HTTP (wrk, as in booking-vs-pgbench.sh) on two services side by
# side, each on its own embedded PostgreSQL with rate limits on: one with the buckets shared through PostgreSQL (the
# default), one with them in memory (cita.rate-limits.shared=false). The ENTERPRISE plan's requests a minute are made
# unlimited on both, so every request takes a token and none is refused. Alternating runs after a warm-up of each.
set -euo pipefail
cd "$(dirname "$0")/.."
source benchmarks/service.sh
need_postgres_tools
need_wrk

# start_limited DATA PORT JAVA_OPTION: the jar with rate limits on, the plan made unlimited in its store; SERVICE.
start_limited() {
  CITA_DATA_DIR=$1 PORT=$2 java $3 -jar $JAR >> "$1/service.log" 2>&1 &
  SERVICE=$!
  wait_for_health $1 $2
  PGPASSWORD=$(cat $1/postgres-password) psql -h localhost -p "$(sed -n 4p $1/postgres/postmaster.pid)" -U postgres -d postgres -qAt \
    -c "UPDATE subscription_plans SET max_requests_per_minute = -1 WHERE code = 'ENTERPRISE'"
}

SHARED_DATA=$(mktemp -d /tmp/cita-limiter-shared.XXXX)
MEMORY_DATA=$(mktemp -d /tmp/cita-limiter-memory.XXXX)
start_limited $SHARED_DATA 18084 -Dcita.rate-limits.shared=true
SHARED=$SERVICE
start_limited $MEMORY_DATA 18085 -Dcita.rate-limits.shared=false
MEMORY=$SERVICE
trap 'kill $SHARED $MEMORY 2>/dev/null || true' EXIT

compare_bookings "shared (PostgreSQL)" $SHARED_DATA 18084 "in memory          " $MEMORY_DATA 18085
