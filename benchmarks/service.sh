# Sourced by the benchmark scripts: the jars, and starting the service jar on a data directory and port.
# Run `./mvnw -q -B install -DskipTests` first.
JAR=bootstrap/target/cita.jar
# the wrk load of the booking drivers, unless the calling script or its caller set it: connections, threads, seconds
# per run and runs
CLIENTS=${CLIENTS:-8}
THREADS=${THREADS:-2}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-15}
RUNS=${RUNS:-5}
DRIVER="java -cp benchmarks/target/cita-benchmarks-0.1.0-SNAPSHOT-all.jar io.cita.benchmarks.LoadDriver"

# start_service DATA PORT: starts Cita on the embedded PostgreSQL in DATA (rate limits off, so the drivers measure
# the service, not the limiter), sets SERVICE to its pid and waits until /health answers; exports PGPASSWORD, the
# embedded superuser's generated password, for psql and pgbench.
start_service() {
  CITA_DATA_DIR=$1 PORT=$2 java -Dcita.rate-limits.enabled=false -jar $JAR >> "$1/service.log" 2>&1 &
  SERVICE=$!
  wait_for_health $1 $2
  export PGPASSWORD=$(cat $1/postgres-password)
}

# wrk_bookings_on DATA PORT SECONDS: books for SECONDS with wrk (THREADS threads, CLIENTS connections) on a fresh
# tenant of the service at PORT (LoadDriver booking-setup writes DATA/ids.txt); prints wrk's summary line.
wrk_bookings_on() {
  $DRIVER booking-setup http://127.0.0.1:$2 $1/ids.txt > /dev/null
  source $1/ids.txt
  wrk -t$THREADS -c$CLIENTS -d${3}s -s benchmarks/wrk/booking.lua http://127.0.0.1:$2 \
    -- "$token" "$tenant" "$service" "$first" $THREADS | grep 'http booking create'
}

# run_bookings NAME DATA PORT SECONDS: prints NAME and wrk's summary of booking for SECONDS at PORT.
run_bookings() {
  echo -n "$1: "
  wrk_bookings_on $2 $3 $4
}

# compare_bookings NAME_A DATA_A PORT_A NAME_B DATA_B PORT_B: after a 15-second warm-up of each, RUNS alternating
# wrk booking runs of SECONDS_PER_RUN on the two services, A first.
compare_bookings() {
  run_bookings "warm-up $1" $2 $3 15 > /dev/null
  run_bookings "warm-up $4" $5 $6 15 > /dev/null
  for _ in $(seq 1 $RUNS); do
    run_bookings "$1" $2 $3 $SECONDS_PER_RUN
    run_bookings "$4" $5 $6 $SECONDS_PER_RUN
  done
}

# need_postgres_tools: installs psql and pgbench from Debian (postgresql-client, postgresql-contrib) when missing.
need_postgres_tools() {
  if ! command -v pgbench > /dev/null || ! command -v psql > /dev/null; then
    ${SUDO:-} apt-get install -y -q postgresql-client postgresql-contrib > /dev/null
  fi
}

# need_wrk: installs the wrk HTTP load generator from Debian when missing.
need_wrk() {
  if ! command -v wrk > /dev/null; then
    ${SUDO:-} apt-get install -y -q wrk > /dev/null
  fi
}

# test_classpath: the bootstrap module's test classpath (DynamoDB Local comes from the Maven registry as a test
# dependency, never inside the service jar), built once into bootstrap/target/test-classpath.txt.
test_classpath() {
  if [ ! -s bootstrap/target/test-classpath.txt ]; then
    ./mvnw -q -B -pl bootstrap dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile=target/test-classpath.txt
  fi
  echo "bootstrap/target/test-classes:bootstrap/target/classes:$(cat bootstrap/target/test-classpath.txt)"
}

# start_dynamodb_service DATA PORT DYNAMODB_PORT: starts Cita on an in-memory DynamoDB Local in the same JVM (the
# launcher of bin/run-on-dynamodb-local), writing its consumed-capacity report to DATA/capacity.txt; sets SERVICE
# and waits for /health. The drivers' super-admin is set through CITA_ADMIN_*.
start_dynamodb_service() {
  CITA_ADMIN_EMAIL=admin@cita.example CITA_ADMIN_PASSWORD=cita-admin-2026 java -Dcita.rate-limits.enabled=false \
    -Dmicronaut.server.port=$2 -Ddynamodb.port=$3 -Dcita.dynamodb.consumed-capacity-file=$1/capacity.txt \
    -cp "$(test_classpath)" io.cita.bootstrap.DynamoDbLocalLauncher >> "$1/service.log" 2>&1 &
  SERVICE=$!
  wait_for_health $1 $2
}

# start_dynamodb_local DIR PORT: starts DynamoDB Local in a process of its own, keeping its tables in DIR (so it
# outlives the service and survives its own restart); sets DYNAMODB to its pid.
start_dynamodb_local() {
  java -cp "$(test_classpath)" com.amazonaws.services.dynamodbv2.local.main.ServerRunner -port $2 -sharedDb \
    -dbPath $1 -disableTelemetry >> "$1/dynamodb.log" 2>&1 &
  DYNAMODB=$!
  for _ in $(seq 1 60); do curl -s -o /dev/null "localhost:$2" && return 0; sleep 0.5; done
  echo "DynamoDB Local did not start; see $1/dynamodb.log" >&2
  return 1
}

# start_jar_on_dynamodb DATA PORT DYNAMODB_PORT: starts the service jar on the DynamoDB Local at DYNAMODB_PORT (rate
# limits off, the drivers' super-admin), sets SERVICE and waits for /health.
start_jar_on_dynamodb() {
  MICRONAUT_ENVIRONMENTS=dynamodb DYNAMODB_ENDPOINT=http://localhost:$3 CITA_DATA_DIR=$1 PORT=$2 \
    CITA_ADMIN_EMAIL=admin@cita.example CITA_ADMIN_PASSWORD=cita-admin-2026 \
    java -Dcita.rate-limits.enabled=false -jar $JAR >> "$1/service.log" 2>&1 &
  SERVICE=$!
  wait_for_health $1 $2
}

# start_jar_with_dynamodb_local DATA PORT DYNAMODB_PORT: DynamoDB Local on disk in DATA and the jar on it, both
# stopped when the calling script exits (SERVICE and DYNAMODB name their current processes).
start_jar_with_dynamodb_local() {
  start_dynamodb_local $1 $3
  trap 'kill $SERVICE $DYNAMODB 2>/dev/null || true' EXIT
  start_jar_on_dynamodb $1 $2 $3
}

# kill_service_during_load DATA PORT: runs the durability driver's booking load for 20 s (every 201 recorded in
# DATA/acknowledged.txt), kills the service with SIGKILL after 10 s and waits for the driver to finish.
kill_service_during_load() {
  $DRIVER durability-load http://127.0.0.1:$2 20 $1/acknowledged.txt &
  local load=$!
  sleep 10
  kill -9 $SERVICE
  echo "killed the service with SIGKILL during the load"
  wait $load || true
}

# wait_for_health DATA PORT: waits until /health answers, or fails pointing at the service log.
wait_for_health() {
  for _ in $(seq 1 120); do curl -sf "localhost:$2/health" > /dev/null && return 0; sleep 0.5; done
  echo "the service did not start; see $1/service.log" >&2
  return 1
}
