# Sourced by the benchmark scripts: the jars, and starting the service jar on a data directory and port.
# Run `./mvnw -q -B install -DskipTests` first.
JAR=bootstrap/target/cita.jar
DRIVER="java -cp benchmarks/target/cita-benchmarks-0.1.0-SNAPSHOT-all.jar io.cita.benchmarks.LoadDriver"

# start_service DATA PORT: starts Cita on the embedded PostgreSQL in DATA (rate limits off, so the drivers measure
# the service, not the limiter), sets SERVICE to its pid and waits until /health answers.
start_service() {
  CITA_DATA_DIR=$1 PORT=$2 java -Dcita.rate-limits.enabled=false -jar $JAR >> "$1/service.log" 2>&1 &
  SERVICE=$!
  for _ in $(seq 1 90); do curl -sf "localhost:$2/health" > /dev/null && return 0; sleep 1; done
  echo "the service did not start; see $1/service.log" >&2
  return 1
}

# need_postgres_tools: installs psql and pgbench from Debian (postgresql-client, postgresql-contrib) when missing.
need_postgres_tools() {
  if ! command -v pgbench > /dev/null || ! command -v psql > /dev/null; then
    ${SUDO:-} apt-get install -y -q postgresql-client postgresql-contrib > /dev/null
  fi
}

# start_dynamodb_service DATA PORT DYNAMODB_PORT: starts Cita on an in-memory DynamoDB Local in the same JVM (the
# launcher of bin/run-on-dynamodb-local, from the test classpath), writing its consumed-capacity report to
# DATA/capacity.txt; sets SERVICE and waits for /health. The drivers' super-admin is set through CITA_ADMIN_*.
start_dynamodb_service() {
  if [ ! -s bootstrap/target/test-classpath.txt ]; then
    ./mvnw -q -B -pl bootstrap dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile=target/test-classpath.txt
  fi
  CITA_ADMIN_EMAIL=admin@cita.example CITA_ADMIN_PASSWORD=cita-admin-2026 java -Dcita.rate-limits.enabled=false \
    -Dmicronaut.server.port=$2 -Ddynamodb.port=$3 -Dcita.dynamodb.consumed-capacity-file=$1/capacity.txt \
    -cp "bootstrap/target/test-classes:bootstrap/target/classes:$(cat bootstrap/target/test-classpath.txt)" \
    io.cita.bootstrap.DynamoDbLocalLauncher >> "$1/service.log" 2>&1 &
  SERVICE=$!
  for _ in $(seq 1 120); do curl -sf "localhost:$2/health" > /dev/null && return 0; sleep 1; done
  echo "the service did not start; see $1/service.log" >&2
  return 1
}
