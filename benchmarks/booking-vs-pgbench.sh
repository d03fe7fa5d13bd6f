#!/usr/bin/env bash
# Booking create over HTTP against pgbench inserting the same rows (same tables, same constraints, same client
# count) into the same embedded PostgreSQL, three alternating runs. Needs pgbench and psql (Debian:
# postgresql-contrib, postgresql-client; installed by this script when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${CLIENTS:-8}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-15}
PORT=${PORT:-18083}
source benchmarks/service.sh
need_postgres_tools
DATA=$(mktemp -d /tmp/cita-pgbench.XXXX)
start_service $DATA $PORT
trap 'kill $SERVICE 2>/dev/null || true' EXIT
PGPORT=$(sed -n 4p $DATA/postgres/postmaster.pid)
PSQL="psql -h localhost -p $PGPORT -U postgres -d postgres -qAt"
$PSQL -c "CREATE SEQUENCE IF NOT EXISTS pgbench_booking_slot"
for run in 1 2 3; do
  $DRIVER booking-throughput http://127.0.0.1:$PORT $CLIENTS $SECONDS_PER_RUN $DATA/ids.txt
  DEFINES=$(sed 's/^/-D /' $DATA/ids.txt | tr '\n' ' ')
  (cd $DATA && rm -f pgbench_log.* && pgbench -h localhost -p $PGPORT -U postgres -n -M prepared -c $CLIENTS -j 2 \
      -T $SECONDS_PER_RUN -l $DEFINES -f "$OLDPWD/benchmarks/pgbench/booking-insert.sql" postgres > pgbench.out)
  TPS=$(grep -oP 'tps = \K[0-9.]+' $DATA/pgbench.out | head -1)
  FAILED=$(grep -oP 'number of failed transactions: \K[0-9]+' $DATA/pgbench.out || echo 0)
  P99=$(cat $DATA/pgbench_log.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {print a[int(NR*0.99)]/1000}')
  P50=$(cat $DATA/pgbench_log.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {print a[int(NR*0.5)]/1000}')
  echo "pgbench same rows:   $CLIENTS clients, $FAILED failed, $TPS tps, p50 $P50 ms, p99 $P99 ms"
done
