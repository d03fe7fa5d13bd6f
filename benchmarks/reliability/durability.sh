#!/usr/bin/env bash
# kill -9 the service during sustained booking load, restart it, and check that every booking acknowledged with a
# 201 is there and nothing is half-written. Uses the embedded PostgreSQL under a fresh data directory.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=bootstrap/target/cita.jar
DRIVER="java -cp benchmarks/target/cita-benchmarks-0.1.0-SNAPSHOT-all.jar io.cita.benchmarks.LoadDriver"
DATA=$(mktemp -d /tmp/cita-durability.XXXX)
PORT=${PORT:-18081}
start() {
  CITA_DATA_DIR=$DATA PORT=$PORT java -Dcita.rate-limits.enabled=false -jar $JAR >> $DATA/service.log 2>&1 &
  echo $! > $DATA/pid
  for _ in $(seq 1 60); do curl -sf localhost:$PORT/health > /dev/null && return; sleep 1; done
  echo "service did not start"; exit 1
}
start
$DRIVER durability-load http://127.0.0.1:$PORT 20 $DATA/acknowledged.txt &
LOAD=$!
sleep 10
kill -9 "$(cat $DATA/pid)"
echo "killed the service with SIGKILL during the load"
wait $LOAD || true
start
$DRIVER durability-check http://127.0.0.1:$PORT $DATA/acknowledged.txt
PGPORT=$(sed -n 4p $DATA/postgres/postmaster.pid)
echo "half-written rows (live bookings without their occupation rows, occupation rows without booking or hold):"
psql -h localhost -p "$PGPORT" -U postgres -d postgres -At -c "SELECT
  (SELECT count(*) FROM appointments a WHERE a.status IN ('pending','confirmed')
     AND NOT EXISTS (SELECT 1 FROM appointment_resources r WHERE r.appointment_id = a.id)),
  (SELECT count(*) FROM appointment_resources r WHERE r.appointment_id IS NULL AND r.hold_id IS NULL),
  (SELECT count(*) FROM appointment_resources r JOIN appointments a ON a.id = r.appointment_id
     WHERE a.status NOT IN ('pending','confirmed'))"
kill "$(cat $DATA/pid)"
