#!/usr/bin/env bash
# Stops PostgreSQL under a steady read load for ten seconds and starts it again: the API must answer 503
# problem+json within 2 s, with no stack traces, and recover by itself once the database is back.
# pg_ctl refuses to run as root, so the postmaster is stopped with SIGINT (fast shutdown) and started again with
# the command line it was running with.
set -euo pipefail
cd "$(dirname "$0")/../.."
source benchmarks/service.sh
DATA=$(mktemp -d /tmp/cita-outage.XXXX)
PORT=${PORT:-18082}
start_service $DATA $PORT
trap 'kill $SERVICE 2>/dev/null || true' EXIT
POSTMASTER=$(head -1 $DATA/postgres/postmaster.pid)
mapfile -d '' COMMAND < /proc/$POSTMASTER/cmdline
$DRIVER outage http://127.0.0.1:$PORT 30 | tee $DATA/outage.txt &
DRIVE=$!
sleep 8
kill -INT $POSTMASTER
while kill -0 $POSTMASTER 2>/dev/null; do sleep 0.1; done
echo "--- PostgreSQL stopped at $(date +%T)"
sleep 10
# As root, PostgreSQL runs in a user namespace, the way the embedded library starts it.
if [ "$(id -u)" = 0 ]; then unshare -U "${COMMAND[@]}" > $DATA/pg.log 2>&1 & else "${COMMAND[@]}" > $DATA/pg.log 2>&1 & fi
echo "--- PostgreSQL started at $(date +%T)"
wait $DRIVE
echo "seconds with a stack trace: $(grep -c 'STACK TRACE' $DATA/outage.txt || true)"
echo "seconds with a 5xx that is not problem+json: $(grep -c 'NOT PROBLEM' $DATA/outage.txt || true)"
