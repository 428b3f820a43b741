#!/usr/bin/env bash
# Reruns every figure in benchmarks/RESULTS.md, one benchmark at a time, at the current commit:
#
#   benchmarks/run-all.sh            (about 20 minutes on 2 cores; needs wrk, and PostgreSQL for the store's second row)
#
# Results go to benchmarks/target/results/: one JMH JSON and text log per benchmark, the index footprint, the load
# figures, and summary.txt with the machine, JDK and commit. Nothing else should run on the machine meanwhile.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=$(./mosaic jdk)
export JAVA_HOME
java="$JAVA_HOME/bin/java"
out=benchmarks/target/results
./mvnw -q -B -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl benchmarks,mosaic-server -am package
mkdir -p "$out"
summary="$out/summary.txt"
{
  echo "commit: $(git rev-parse --short=12 HEAD)$(git diff --quiet HEAD || echo ' (with uncommitted changes)')"
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "jdk: $("$java" -version 2>&1 | head -n 1)"
} > "$summary"

jmh() { # name, then JMH arguments
  local name=$1; shift
  echo "== $name"
  "$java" --enable-native-access=ALL-UNNAMED -jar benchmarks/target/benchmarks.jar "$@" \
    -rf json -rff "$out/$name.json" > "$out/$name.txt" 2>&1
  sed -n '/^Benchmark /,$p' "$out/$name.txt" | grep -vE 'p0\.00 |p0\.95 |p0\.999 |p0\.9999 |p1\.00 ' >> "$summary" || true
}

jmh match PromptMatchBenchmark
"$java" -cp benchmarks/target/benchmarks.jar dev.mosaic.benchmarks.IndexFootprint | tee "$out/footprint.txt" >> "$summary"
jmh understanding UnderstandingBenchmark
jmh coach CoachBenchmark
jmh jobs JobMatchBenchmark
jmh store-sqlite StoreBenchmark
if ls /usr/lib/postgresql/*/bin/initdb > /dev/null 2>&1; then
  pg_dir=$(mktemp -d /tmp/mosaic-bench-pg.XXXXXX)
  port=55440
  while (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  url=$(PG_FSYNC=on .ci/postgres-start "$pg_dir" "$port") # PostgreSQL's default durability: fsync on
  trap '.ci/postgres-stop "$pg_dir"; rm -rf "$pg_dir"' EXIT
  jmh store-postgresql StoreBenchmark -p store=postgresql -jvmArgs "-Dmosaic.bench.postgres=$url"
else
  echo "== no PostgreSQL: skipping the store benchmark's PostgreSQL row" | tee -a "$summary"
fi
echo "== load"
benchmarks/load/run-load.sh 20 | tee "$out/load.txt" >> "$summary"
echo "== load, lexical matching only (the semantic layer's baseline), paced run at half the rate"
MOSAIC_SEMANTIC=off PACE_PERCENT=50 benchmarks/load/run-load.sh 20 | tee "$out/load-lexical.txt" >> "$summary"
echo "== load, semantic matching on, paced run at half the rate"
PACE_PERCENT=50 benchmarks/load/run-load.sh 20 | tee "$out/load-semantic.txt" >> "$summary"
echo "== done: $summary"
cat "$summary"
