#!/usr/bin/env bash
# spark-bench.sh — every command over the 200 MiB benchmark corpus: the Spark job in local[2]
# against the CLI on the same file, side by side, plus Spark's fixed cost on a 1 KB file.
#
# Usage (from any folder):   bench/spark-bench.sh
#   RUNS=3 bench/spark-bench.sh                       # timed runs per command (default 1), alternating
#   COMMANDS="freq timeline" bench/spark-bench.sh     # some commands only (default: all eight)
#   CORPUS=/path/corpus.txt bench/spark-bench.sh      # another corpus (one document per line)
#   SLICE_MIB=5 bench/spark-bench.sh                  # only the corpus's first 5 MiB (whole lines), to try the script
#   TEXTLENS=/path/bin/textlens JAR=/path/textlens-spark.jar bench/spark-bench.sh   # built elsewhere
#
# The corpus is bench/work/corpus.txt, built by bench/freq-bench.sh's generator (run here with
# BASELINE_ONLY=1 when it is missing). Spark's distribution is not needed: the job runs with
# `java -cp textlens-spark.jar:<Spark's jars from the local Maven repository>`, which is what
# spark-submit does for a local master. The jars are built when missing (`mvn install` in the
# root, `mvn package` in spark/). Each command runs as the CLI writes it to a file (summaries where
# the rows would repeat the corpus's text: sentiment --summary, frames --level document, quotes
# --summary, portrayal --summary; report writes the corpus's figures, --write-data against the
# job's report); prints median/min/max wall seconds and peak RSS, checks that the Spark output is
# byte for byte the CLI's, and keeps logs in bench/work/spark-results/.
set -u

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
RUNS=${RUNS:-1}
COMMANDS=${COMMANDS:-"freq sentiment loaded frames quotes timeline portrayal report"}
SLICE_MIB=${SLICE_MIB:-}
WORK="$ROOT/bench/work"
CORPUS=${CORPUS:-$WORK/corpus.txt}
RES="$WORK/spark-results"
JAR=${JAR:-"$ROOT/spark/target/textlens-spark.jar"}
TEXTLENS=${TEXTLENS:-"$ROOT/bin/textlens"}
CP_FILE=${CP_FILE:-"$ROOT/spark/target/spark-classpath.txt"}

die() { printf 'spark-bench: %s\n' "$*" >&2; exit 1; }
case $RUNS in ''|*[!0-9]*|0) die "RUNS must be a positive integer (got '$RUNS')";; esac
case $SLICE_MIB in ''|*[!0-9]*) [ -z "$SLICE_MIB" ] || die "SLICE_MIB must be a whole number of MiB (got '$SLICE_MIB')";; esac

if [ ! -s "$CORPUS" ]; then
  [ "$CORPUS" = "$WORK/corpus.txt" ] || die "no corpus at $CORPUS"
  echo "== building the corpus with bench/freq-bench.sh (BASELINE_ONLY=1 RUNS=1)"
  BASELINE_ONLY=1 RUNS=1 "$ROOT/bench/freq-bench.sh" >/dev/null || die "corpus generation failed"
fi

if [ -n "$SLICE_MIB" ]; then # the first SLICE_MIB MiB, cut after the last whole line
  SLICE="$WORK/corpus-slice-${SLICE_MIB}m.txt"
  if [ ! -s "$SLICE" ] || [ "$CORPUS" -nt "$SLICE" ]; then
    head -c $(( SLICE_MIB * 1048576 )) "$CORPUS" | sed '$d' > "$SLICE" || die "cannot cut a slice of $CORPUS"
  fi
  CORPUS=$SLICE
fi

# --- build ------------------------------------------------------------------------------------
if [ ! -s "$ROOT/target/textlens.jar" ] || [ ! -s "$JAR" ]; then
  echo "== building textlens and the Spark job"
  (cd "$ROOT" && mvn -B -q install -DskipTests && mvn -B -q -f spark/pom.xml package -DskipTests) || die "build failed"
fi
if [ ! -s "$CP_FILE" ] || [ "$ROOT/spark/pom.xml" -nt "$CP_FILE" ]; then
  (cd "$ROOT" && mvn -B -q -f spark/pom.xml dependency:build-classpath -Dmdep.includeScope=test \
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
args_of() { # COMMAND -> its options in this benchmark
  case $1 in
    sentiment) echo "sentiment --summary";;
    frames) echo "frames --level document --primary";;
    quotes) echo "quotes --summary";;
    portrayal) echo "portrayal --summary";;
    *) echo "$1";;
  esac
}
cli_cmd() { # COMMAND ARGS -> the CLI's command line, writing what the job's folder holds
  if [ "$1" = report ]; then
    echo "$(printf '%q' "$TEXTLENS") $2 --input-format lines --write-data $qR/cli-report-data $qC"
  else
    echo "$(printf '%q' "$TEXTLENS") $2 --input-format lines -o $qR/cli-$1.csv $qC"
  fi
}
same_output() { # COMMAND -> 0 when the job's output is the CLI's, byte for byte
  if [ "$1" = report ]; then
    diff -r -x '_*' -x '.*' "$RES/cli-report-data" "$RES/out-report" >/dev/null
  else
    cmp -s "$RES/cli-$1.csv" <(cat "$RES/out-$1"/part-*)
  fi
}
spark_cmd() { # MASTER ARGS INPUT OUTPUT
  echo "$SPARK -Dspark.master='$1' org.textlens.spark.SparkMain $2 --input-format lines --input $3 --output $4"
}

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

echo "== corpus: $CORPUS ($(awk -v b="$(stat -c %s "$CORPUS")" 'BEGIN { printf "%.1f", b / 1048576 }') MiB); $RUNS run(s) per command, alternating; commands: $COMMANDS"
for _ in $(seq "$RUNS"); do
  for c in $COMMANDS; do
    a=$(args_of "$c")
    run "cli-$c" "$(cli_cmd "$c" "$a")"
    run "local2-$c" "$(spark_cmd 'local[2]' "$a" "$qC" "$qR/out-$c")"
  done
  run spark-1k "$(spark_cmd 'local[2]' freq "$qS" "$qR/out-small")"
done
echo

stats() { # NAME -> "n median min max peakMB"
  sort -n "$RES/$1" | awk '{t[NR]=$1; if ($2>m) m=$2} END {
    med = NR % 2 ? t[(NR+1)/2] : (t[NR/2] + t[NR/2+1]) / 2;
    printf "%d %.1f %.1f %.1f %.0f", NR, med, t[1], t[NR], m/1024 }'
}
printf '%-46s %5s %9s %8s %8s %12s\n' command runs median_s min_s max_s peak_RSS_MB
m() { stats "$1" | cut -d' ' -f2; }
status=0
for c in $COMMANDS; do
  for n in "cli-$c" "local2-$c"; do
    case $n in cli-*) label="textlens $(args_of "$c") (CLI)";; *) label="Spark job $(args_of "$c"), local[2]";; esac
    read -r k med lo hi mb <<< "$(stats "$n")"
    printf '%-46s %5s %9s %8s %8s %12s\n' "$label" "$k" "$med" "$lo" "$hi" "$mb"
  done
  same="byte for byte the CLI's"
  same_output "$c" || { same="DIFFERENT from the CLI's (see $RES)"; status=1; }
  awk -v c="$(m "cli-$c")" -v s="$(m "local2-$c")" -v w="$same" 'BEGIN { printf "    local[2]/CLI %.2fx; output %s\n", s/c, w }'
done
read -r k med lo hi mb <<< "$(stats spark-1k)"
printf '%-46s %5s %9s %8s %8s %12s\n' "Spark job freq, local[2], 1 KB file (fixed cost)" "$k" "$med" "$lo" "$hi" "$mb"
exit $status
