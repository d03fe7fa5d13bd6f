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
