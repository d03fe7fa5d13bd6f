#!/usr/bin/env bash
# Booking create over HTTP against pgbench inserting the same rows (same tables, same constraints, same client
# count) into the same embedded PostgreSQL, five alternating runs after a warm-up. The HTTP load comes from wrk
# (a C load generator, like pgbench) with benchmarks/wrk/booking.lua. Needs wrk, pgbench and psql (Debian: wrk,
# postgresql-contrib, postgresql-client; installed by this script when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18083}
source benchmarks/service.sh
need_postgres_tools
need_wrk
DATA=$(mktemp -d /tmp/cita-pgbench.XXXX)
start_service $DATA $PORT
trap 'kill $SERVICE 2>/dev/null || true' EXIT
PGPORT=$(sed -n 4p $DATA/postgres/postmaster.pid)
PSQL="psql -h localhost -p $PGPORT -U postgres -d postgres -qAt"
$PSQL -c "CREATE SEQUENCE IF NOT EXISTS pgbench_booking_slot"

# wrk_bookings SECONDS: books for SECONDS on a fresh tenant (benchmarks/service.sh)
wrk_bookings() {
  wrk_bookings_on $DATA $PORT $1
}

wrk_bookings 15 > /dev/null  # warm-up: the service's JIT, not pgbench's, needs one (after 5 s the first run was still ~30% slow)
for run in $(seq 1 $RUNS); do
  wrk_bookings $SECONDS_PER_RUN
  DEFINES=$(grep -E '^(tenant|service|resource|client)=' $DATA/ids.txt | sed 's/^/-D /' | tr '\n' ' ')
  (cd $DATA && rm -f pgbench_log.* && pgbench -h localhost -p $PGPORT -U postgres -n -M prepared -c $CLIENTS \
      -j $THREADS -T $SECONDS_PER_RUN -l $DEFINES -f "$OLDPWD/benchmarks/pgbench/booking-insert.sql" postgres \
      > pgbench.out)
  TPS=$(grep -oP 'tps = \K[0-9.]+' $DATA/pgbench.out | head -1)
  FAILED=$(grep -oP 'number of failed transactions: \K[0-9]+' $DATA/pgbench.out || echo 0)
  P99=$(cat $DATA/pgbench_log.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {print a[int(NR*0.99)]/1000}')
  P50=$(cat $DATA/pgbench_log.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {print a[int(NR*0.5)]/1000}')
  echo "pgbench same rows:   $CLIENTS clients, $FAILED failed, $TPS tps, p50 $P50 ms, p99 $P99 ms"
done
