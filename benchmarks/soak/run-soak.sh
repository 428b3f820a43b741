#!/usr/bin/env bash
# The hostile-mix soak of issue 16, figures for benchmarks/RESULTS.md.
#
#   benchmarks/soak/run-soak.sh [SECONDS]      (default 120)
#   SOAK_JAR=other/mosaic-server.jar benchmarks/soak/run-soak.sh   (another build, e.g. the one before issue 16)
#
# Starts mosaic-server.jar as shipped (-Xmx256m, SQLite in a throwaway folder, its default limits) with a GC log,
# runs benchmarks/soak/Soak.java against it (hostile clients beside eight normal ones, each group from its own
# loopback addresses), stops the server with SIGTERM, then checks that every write the server acknowledged is in
# the database and that its log holds no session id in full. The clients run on the same two cores as the server.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-120}
JAVA_HOME=$(./mosaic jdk)
jar=${SOAK_JAR:-mosaic-server/target/mosaic-server.jar}
[ -f "$jar" ] || ./mvnw -q -B -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl mosaic-server -am package

port=18180
while (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
work=$(mktemp -d /tmp/mosaic-soak.XXXXXX)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; true; }
trap cleanup EXIT

PORT=$port HOST=127.0.0.1 DATA_ROOT="$work/data" "$JAVA_HOME/bin/java" -Xmx256m -Xlog:gc:file="$work/gc.log" \
  -jar "$jar" > "$work/server.log" 2>&1 &
server_pid=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready" || true)" = 200 ]; do
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 0.2
done

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
echo "soak: ${seconds} s against http://127.0.0.1:$port (-Xmx256m), work folder $work"
"$JAVA_HOME/bin/java" -cp "mosaic-server/target/libs/*" benchmarks/soak/Soak.java "$port" "$seconds" "$work"
curl -s "http://127.0.0.1:$port/metrics" > "$work/metrics.txt" || true
echo "refusals by reason: $(grep '^mosaic_refusals_total' "$work/metrics.txt" \
  | sed -E 's/^[^{]*\{reason="([a-z_]+)".*\} ([0-9]+)(\.[0-9]+)?$/\1=\2/' | tr '\n' ' ')"

kill -TERM "$server_pid" 2>/dev/null || echo "the server had exited before the end of the soak"
wait "$server_pid" || true
server_pid=""
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "mosaic-server/target/libs/*" benchmarks/soak/Soak.java verify "$work"
# Heap after each collection (young, mixed or full; not the remark and cleanup pauses), over the run and its
# second half, and how many full collections there were.
after() { grep -E 'Pause (Young|Full)' "$work/gc.log" | awk -v from="$1" '{ ts = substr($1, 2) + 0 } ts >= from' \
  | grep -oE '[0-9]+M->[0-9]+M' | awk -F'M->' '{ v = $2 + 0; if (v > m) m = v; s += v; n++ } END {
      printf "max %d MB, mean %d MB over %d collections", m, (n ? s / n : 0), n }'; }
echo "heap after collections (-Xmx256m): whole run $(after 0); second half $(after $((seconds / 2)))"
echo "full collections: $(grep -c 'Pause Full' "$work/gc.log" || true)"
echo "OutOfMemoryError in the server log: $(grep -c OutOfMemoryError "$work/server.log" || true)"
echo "server log: $(wc -l < "$work/server.log") lines, of which SEVERE $(grep -c ' SEVERE ' "$work/server.log" || true), WARNING $(grep -c ' WARNING ' "$work/server.log" || true)"
