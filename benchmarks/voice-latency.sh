#!/usr/bin/env bash
# The voice assistant's latency at a fixed rate (issue 13): the service jar on its own embedded PostgreSQL (rate limits
# off), then LoadDriver voice-latency: GET /health, an "as soon as possible" find_offers through the Vapi webhook on a
# calendar booked up for 61 days, and assistant-request, at RATE requests/s for SECONDS each, three runs in turn.
set -euo pipefail
cd "$(dirname "$0")/.."
RATE=${RATE:-100}
SECONDS_EACH=${SECONDS_EACH:-20}
source benchmarks/service.sh
DATA=$(mktemp -d /tmp/cita-voice.XXXX)
start_service $DATA 18090
trap 'kill $SERVICE 2>/dev/null || true' EXIT
$DRIVER voice-latency http://127.0.0.1:18090 $RATE 5 > /dev/null
$DRIVER voice-latency http://127.0.0.1:18090 $RATE $SECONDS_EACH
