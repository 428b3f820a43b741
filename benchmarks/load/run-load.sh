#!/usr/bin/env bash
# Load figures for the reference server (RELIABILITY.md H1-H3), written for benchmarks/RESULTS.md.
#
#   benchmarks/load/run-load.sh [SECONDS]      (default 20 s per measured run; needs `wrk`, Debian package "wrk")
#   LOAD_JAR=other/mosaic-server.jar benchmarks/load/run-load.sh   (another build, to compare in the same session)
#   PACE_PERCENT=50 benchmarks/load/run-load.sh   (step 4 at half the measured rate instead of 70 %)
#   MOSAIC_SEMANTIC=off benchmarks/load/run-load.sh   (the server's environment passes through: lexical matching)
#
# Starts mosaic-server.jar on a free port with its embedded defaults (SQLite in a throwaway directory, bundled
# prompt library, offline coaching) and measures, one after another:
#   1. start-up: milliseconds from `java -jar` to the first 200 from /health/ready, plain and (JDK 25+) with an
#      ahead-of-time cache made by a training run;
#   2. GET /health at full speed (wrk -t2 -c64);
#   3. POST /wimd at full speed over 64 pre-created sessions (wrk -t2 -c32);
#   4. POST /wimd paced to about 70 % (PACE_PERCENT) of the rate measured in 3 (the per-connection delay is calibrated by two short
#      trial runs), for the p99 at that load.
# The per-address and per-session limits are raised for the run (wrk is one client address, which the limiter would
# answer with 429 within a second: this measures the server, not the limiter). wrk runs on the same two cores as the server, so the figures are a floor.
# wrk is closed-loop: step 4 paces each connection with a fixed delay, which approximates but is not an open-loop
# constant-rate test (latency under a stall is under-reported; see "coordinated omission").
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
command -v wrk >/dev/null || { echo "run-load: wrk not found (apt-get install wrk)" >&2; exit 1; }
JAVA_HOME=$(./mosaic jdk)
jar=${LOAD_JAR:-mosaic-server/target/mosaic-server.jar}
[ -f "$jar" ] || ./mvnw -q -B -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl mosaic-server -am package

port=18080
while (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
work=$(mktemp -d /tmp/mosaic-load.XXXXXX)
base="http://127.0.0.1:$port"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

start_server() { # java options...; starts the server on a fresh data directory (KEEP_DATA=1: the last one) and sets ready_ms
  [ "${KEEP_DATA:-0}" = 1 ] || rm -rf "$work/data"
  local started; started=$(date +%s%N)
  PORT=$port HOST=127.0.0.1 DATA_ROOT="$work/data" MOSAIC_RATE_LIMIT_PER_ADDRESS=1000000 \
    MOSAIC_RATE_LIMIT_PER_SESSION=1000000 MOSAIC_MAX_IN_FLIGHT_PER_ADDRESS=10000 \
    MOSAIC_MAX_CONNECTIONS_PER_ADDRESS=10000 MOSAIC_MAX_SESSIONS_PER_ADDRESS_PER_HOUR=1000000 \
    MOSAIC_MAX_BODY_BYTES_PER_ADDRESS_PER_MINUTE=1099511627776 \
    "$JAVA_HOME/bin/java" "$@" -jar "$jar" > "$work/server.log" 2>&1 &
  server_pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready" || true)" = 200 ]; do
    kill -0 "$server_pid" 2>/dev/null || { echo "run-load: the server exited; its log:" >&2; cat "$work/server.log" >&2; exit 1; }
    sleep 0.01
  done
  ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
}
stop_server() {
  kill "$server_pid"; wait "$server_pid" || true; server_pid=""
}

# Start-up with a JDK 25 ahead-of-time cache (JEP 483/514): one training run that serves a few requests writes the
# cache at exit; the next start loads classes already parsed and linked from it.
aot=""
if "$JAVA_HOME/bin/java" -XX:AOTCacheOutput="$work/probe.aot" -version > /dev/null 2>&1; then
  start_server -XX:AOTCacheOutput="$work/mosaic.aot"
  for _ in 1 2 3; do curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"prompt":"hello"}' "$base/wimd"; done
  stop_server
  aot="; with -XX:AOTCache (JDK 25):"
  for _ in 1 2 3; do start_server -XX:AOTCache="$work/mosaic.aot"; aot="$aot ${ready_ms} ms"; stop_server; done
fi
plain=""
for _ in 1 2 3; do start_server; plain="$plain ${ready_ms} ms"; stop_server; done
# A server restarted on its data directory: the library vectors are read from $DATA_ROOT/vectors, not embedded.
kept=""
for _ in 1 2 3; do KEEP_DATA=1 start_server; kept="$kept ${ready_ms} ms"; stop_server; done
start_server
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo); $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
echo "start-up to ready (3 starts each, fresh data directory):$plain$aot; restarted on its data directory:$kept"
echo "matcher: $(curl -s "$base/health" | grep -o '"matcher":{[^}]*}*' | head -c 200)"

: > "$work/sessions"
for _ in $(seq 64); do
  curl -s -X POST -H 'Content-Type: application/json' -d '{"prompt":"hello, I want to change careers"}' "$base/wimd" \
    | grep -o '"session_id":"[^"]*"' | cut -d'"' -f4 >> "$work/sessions"
done
[ "$(wc -l < "$work/sessions")" -eq 64 ] || { echo "run-load: could not create 64 sessions" >&2; exit 1; }
export SESSIONS_FILE="$work/sessions"

# Warm-up: JIT, connection pools and SQLite pages; not reported.
wrk -t2 -c32 -d10s -s benchmarks/load/report.lua "$base/health" > /dev/null
wrk -t2 -c32 -d10s -s benchmarks/load/wimd.lua "$base/wimd" > /dev/null

run() { # title, wrk arguments...
  local title=$1; shift
  local out; out=$(wrk "$@")
  local rps; rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  echo "$title: $rps req/s; $(grep 'latency ms' <<< "$out")"
  [ -z "$(grep 'Socket errors' <<< "$out")" ] || echo "  $(grep 'Socket errors' <<< "$out")"
  last_rps=$rps
}
run "H1 GET /health (wrk -t2 -c64 -d${seconds}s)" -t2 -c64 -d"${seconds}s" -s benchmarks/load/report.lua "$base/health"
run "H2 POST /wimd max (wrk -t2 -c32 -d${seconds}s)" -t2 -c32 -d"${seconds}s" -s benchmarks/load/wimd.lua "$base/wimd"
pace=${PACE_PERCENT:-70}
target=$(awk -v r="$last_rps" -v p="$pace" 'BEGIN {printf "%d", r * p / 100}')
# 32 connections, each waiting delay_ms between requests: rate ~= 32 * 1000 / (delay_ms + service time). wrk takes
# whole milliseconds, so 32 connections (about 18 ms each at these rates) give steps of about 5 %. Start from
# 32 * 1000 / target, then correct the delay twice from 5-second trial runs so the measured run lands near the target.
delay_ms=$(awk -v t="$target" 'BEGIN {printf "%d", 32 * 1000 / t + 0.5}')
for _ in 1 2; do
  trial=$(WIMD_DELAY_MS=$delay_ms wrk -t2 -c32 -d5s -s benchmarks/load/wimd.lua "$base/wimd" | awk '/Requests\/sec/ {print $2}')
  delay_ms=$(awk -v d="$delay_ms" -v t="$target" -v a="$trial" \
    'BEGIN {s = 32 * 1000 / a - d; if (s < 0) s = 0; n = 32 * 1000 / t - s; if (n < 1) n = 1; printf "%d", n + 0.5}')
done
WIMD_DELAY_MS=$delay_ms run "H3 POST /wimd paced to ~$pace % ($target req/s target, wrk -t2 -c32, ${delay_ms} ms per-connection delay)" \
  -t2 -c32 -d"${seconds}s" -s benchmarks/load/wimd.lua "$base/wimd"
errors=$(grep -cE ' 5[0-9]{2} [0-9]+ms ' "$work/server.log" || true)
echo "server 5xx access-log lines: $errors"
