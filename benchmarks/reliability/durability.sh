#!/usr/bin/env bash
# kill -9 the service during sustained booking load, restart it, and check that every booking acknowledged with a
# 201 is there and nothing is half-written. Uses the embedded PostgreSQL under a fresh data directory.
set -euo pipefail
cd "$(dirname "$0")/../.."
source benchmarks/service.sh
need_postgres_tools
DATA=$(mktemp -d /tmp/cita-durability.XXXX)
PORT=${PORT:-18081}
start_service $DATA $PORT
kill_service_during_load $DATA $PORT
start_service $DATA $PORT
$DRIVER durability-check http://127.0.0.1:$PORT $DATA/acknowledged.txt
PGPORT=$(sed -n 4p $DATA/postgres/postmaster.pid)
echo "half-written rows (live bookings without their occupation rows, occupation rows without booking or hold):"
psql -h localhost -p "$PGPORT" -U postgres -d postgres -At -c "SELECT
  (SELECT count(*) FROM appointments a WHERE a.status IN ('pending','confirmed')
     AND NOT EXISTS (SELECT 1 FROM appointment_resources r WHERE r.appointment_id = a.id)),
  (SELECT count(*) FROM appointment_resources r WHERE r.appointment_id IS NULL AND r.hold_id IS NULL),
  (SELECT count(*) FROM appointment_resources r JOIN appointments a ON a.id = r.appointment_id
     WHERE a.status NOT IN ('pending','confirmed'))"
kill $SERVICE
