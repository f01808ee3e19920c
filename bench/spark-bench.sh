#!/usr/bin/env bash
# spark-bench.sh — `freq` over the 200 MiB benchmark corpus: the Spark job in local[1] and
# local[2] against the CLI on the same file, side by side, plus Spark's fixed cost on a 1 KB file.
#
# Usage (from any folder):   bench/spark-bench.sh
#   RUNS=5 bench/spark-bench.sh                       # timed runs per command (default 3), alternating
#   CORPUS=/path/corpus.txt bench/spark-bench.sh      # another corpus (one document per line)
#
# The corpus is bench/work/corpus.txt, built by bench/freq-bench.sh's generator (run here with
# BASELINE_ONLY=1 when it is missing). Spark's distribution is not needed: the job runs with
# `java -cp textlens-spark.jar:<Spark's jars from the local Maven repository>`, which is what
# spark-submit does for a local master. The jars are built when missing (`mvn install` in the
# root, `mvn package` in spark/). Prints median/min/max wall seconds and peak RSS, checks once that
# the Spark output is byte for byte the CLI's, and keeps logs in bench/work/spark-results/.
set -u

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
RUNS=${RUNS:-3}
WORK="$ROOT/bench/work"
CORPUS=${CORPUS:-$WORK/corpus.txt}
RES="$WORK/spark-results"
JAR="$ROOT/spark/target/textlens-spark.jar"
CP_FILE="$ROOT/spark/target/spark-classpath.txt"

die() { printf 'spark-bench: %s\n' "$*" >&2; exit 1; }
case $RUNS in ''|*[!0-9]*|0) die "RUNS must be a positive integer (got '$RUNS')";; esac

if [ ! -s "$CORPUS" ]; then
  [ "$CORPUS" = "$WORK/corpus.txt" ] || die "no corpus at $CORPUS"
  echo "== building the corpus with bench/freq-bench.sh (BASELINE_ONLY=1 RUNS=1)"
  BASELINE_ONLY=1 RUNS=1 "$ROOT/bench/freq-bench.sh" >/dev/null || die "corpus generation failed"
fi

# --- build ------------------------------------------------------------------------------------
if [ ! -s "$ROOT/target/textlens.jar" ] || [ ! -s "$JAR" ]; then
  echo "== building textlens and the Spark job"
  (cd "$ROOT" && mvn -B -q install -DskipTests && mvn -B -q -f spark/pom.xml package -DskipTests) || die "build failed"
fi
if [ ! -s "$CP_FILE" ] || [ "$ROOT/spark/pom.xml" -nt "$CP_FILE" ]; then
  (cd "$ROOT" && mvn -B -q -f spark/pom.xml dependency:build-classpath -Dmdep.includeScope=provided \
      -Dmdep.outputFile="$CP_FILE" >/dev/null) || die "cannot list Spark's jars"
fi

GNU_TIME=""
if [ -x /usr/bin/time ] && /usr/bin/time -f '%e %M' -o /dev/null true >/dev/null 2>&1; then
  GNU_TIME=/usr/bin/time
else
  echo "spark-bench: GNU time not found (apt-get install -y time): wall time only" >&2
fi

rm -rf "$RES"; mkdir -p "$RES"
SMALL="$RES/1k.txt"
head -c 1024 "$ROOT/testdata/news/01-ceasefire-talks.txt" > "$SMALL"; echo >> "$SMALL"

qC=$(printf '%q' "$CORPUS"); qS=$(printf '%q' "$SMALL"); qR=$(printf '%q' "$RES")
SPARK="SPARK_LOCAL_IP=127.0.0.1 java -cp $(printf '%q' "$JAR:$(cat "$CP_FILE")") \
 -Dspark.ui.enabled=false -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1"
spark_cmd() { # MASTER INPUT OUTPUT
  echo "$SPARK -Dspark.master='$1' org.textlens.spark.SparkMain freq --input-format lines --input $2 --output $3"
}
CLI_CMD="$(printf '%q' "$ROOT/bin/textlens") freq --input-format lines -o $qR/cli.csv $qC"
L1_CMD=$(spark_cmd 'local[1]' "$qC" "$qR/out-local1")
L2_CMD=$(spark_cmd 'local[2]' "$qC" "$qR/out-local2")
SMALL_CMD=$(spark_cmd 'local[2]' "$qS" "$qR/out-small")

# run NAME CMD: time one run, append "seconds rss_kb" to $RES/NAME
run() {
  local name=$1 cmd=$2 tf="$RES/.t" rc
  if [ -n "$GNU_TIME" ]; then
    ( cd "$ROOT" && "$GNU_TIME" -f '%e %M' -o "$tf" bash -c "$cmd" >/dev/null 2>"$RES/$name.log" ); rc=$?
  else
    local t0 t1
    t0=$(date +%s.%N); ( cd "$ROOT" && bash -c "$cmd" >/dev/null 2>"$RES/$name.log" ); rc=$?; t1=$(date +%s.%N)
    echo "$(echo "$t1 - $t0" | bc) 0" > "$tf"
  fi
  [ $rc -eq 0 ] || { echo "spark-bench: '$name' failed (exit $rc); see $RES/$name.log" >&2; tail -n 5 "$RES/$name.log" >&2; exit 1; }
  cat "$tf" >> "$RES/$name"; printf '.'
}

echo "== corpus: $CORPUS ($(( $(stat -c %s "$CORPUS") / 1048576 )) MiB); $RUNS run(s) per command, alternating"
for _ in $(seq "$RUNS"); do
  run cli "$CLI_CMD"; run local1 "$L1_CMD"; run local2 "$L2_CMD"; run spark-1k "$SMALL_CMD"
done
echo

stats() { # NAME -> "n median min max peakMB"
  sort -n "$RES/$1" | awk '{t[NR]=$1; if ($2>m) m=$2} END {
    med = NR % 2 ? t[(NR+1)/2] : (t[NR/2] + t[NR/2+1]) / 2;
    printf "%d %.1f %.1f %.1f %.0f", NR, med, t[1], t[NR], m/1024 }'
}
printf '%-44s %5s %9s %8s %8s %12s\n' command runs median_s min_s max_s peak_RSS_MB
for n in cli local1 local2 spark-1k; do
  case $n in
    cli) label="textlens freq (CLI, all cores)";;
    local1) label="Spark job freq, local[1]";;
    local2) label="Spark job freq, local[2]";;
    spark-1k) label="Spark job freq, local[2], 1 KB file (fixed cost)";;
  esac
  read -r k med lo hi mb <<< "$(stats $n)"
  printf '%-44s %5s %9s %8s %8s %12s\n' "$label" "$k" "$med" "$lo" "$hi" "$mb"
done
m() { stats "$1" | cut -d' ' -f2; }
awk -v c="$(m cli)" -v a="$(m local1)" -v b="$(m local2)" 'BEGIN {
  printf "local[1]/CLI %.2fx   local[2]/CLI %.2fx   local[1]/local[2] %.2fx (speed-up from the second core)\n", a/c, b/c, a/b }'

if cmp -s "$RES/cli.csv" <(cat "$RES"/out-local2/part-*); then
  echo "output: the Spark job's part files are byte for byte the CLI's output"
else
  echo "output: DIFFERENT from the CLI's (see $RES)"; exit 1
fi
