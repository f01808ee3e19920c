#!/usr/bin/env bash
# sentence-bench.sh — the sentence splitter alone, this build against an older one, on ~20 MB.
#
# Usage (from any folder):
#   bench/sentence-bench.sh
#   BASE_REF=<commit> bench/sentence-bench.sh   # the older build (default 7bae7ef: main before
#                                               # the primitive feature table, issue 18)
#   MB=20 ROUNDS=5 RUNS=3 bench/sentence-bench.sh
#   BASE_JAR=/path/textlens.jar SKIP_BUILD=1 bench/sentence-bench.sh   # jars already built
#
# What it does
#   1. Input: the first MB megabytes (default 20) of bench/work/bigfile/propaganda-40mb.txt (made
#      by bench/freq-bigfile-bench.sh from ../shared/data/eval/propaganda; real news text), one
#      document per line; without it, bench/work/corpus.txt (made by bench/freq-bench.sh).
#   2. Builds the older build once from git (git archive BASE_REF, mvn package) under
#      bench/work/sentence/, and this build's test classes.
#   3. Runs org.textlens.nlp.SentenceSplitterBenchmark (src/test) RUNS times on each build,
#      alternating, each a fresh JVM with the launcher's flags for model commands (serial GC,
#      C1 only): one untimed pass, then ROUNDS timed passes over the documents, median kept.
#   4. Checks that both builds found the same sentence boundaries (a checksum of every range)
#      and prints the medians of wall and CPU seconds (the timing thread's own CPU time, which a
#      shared machine disturbs less) and the speed-ups (the goal is >= 2x).
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
BASE_REF=${BASE_REF:-7bae7ef}
MB=${MB:-20}
ROUNDS=${ROUNDS:-5}
RUNS=${RUNS:-3}
WORK="$ROOT/bench/work/sentence"
die() { printf 'sentence-bench: %s\n' "$*" >&2; exit 1; }
INPUT="$ROOT/bench/work/bigfile/propaganda-40mb.txt"
[ -s "$INPUT" ] || INPUT="$ROOT/bench/work/corpus.txt"
[ -s "$INPUT" ] || die "no input: run bench/freq-bigfile-bench.sh (or bench/freq-bench.sh) first"
mkdir -p "$WORK" || die "cannot create $WORK"
BASE="$WORK/base-$BASE_REF"
BASE_JAR=${BASE_JAR:-$BASE/target/textlens.jar}
if [ ! -s "$BASE_JAR" ]; then
    echo "== building the older build ($BASE_REF) in $BASE"
    rm -rf "$BASE" && mkdir -p "$BASE"
    git -C "$ROOT" archive "$BASE_REF" | tar -x -C "$BASE" || die "git archive $BASE_REF failed"
    (cd "$BASE" && mvn -q -B -o -DskipTests package >/dev/null 2>&1 || mvn -q -B -DskipTests package) || die "cannot build $BASE_REF"
fi
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    echo "== building this build ($(git -C "$ROOT" rev-parse --short HEAD))"
    (cd "$ROOT" && mvn -q -B -o -DskipTests package >/dev/null 2>&1 && mvn -q -B -o test-compile >/dev/null 2>&1) || die "cannot build $ROOT"
fi
JAVA_FLAGS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
MAIN=org.textlens.nlp.SentenceSplitterBenchmark
run() {  # run NAME JAR
    java $JAVA_FLAGS -cp "$ROOT/target/test-classes:$2" $MAIN "$INPUT" "$MB" "$ROUNDS" > "$WORK/$1.out" || die "$1 failed"
    head -n 1 "$WORK/$1.out" > "$WORK/$1.sum"
    awk '/^median_s/ { print $2 }' "$WORK/$1.out" >> "$WORK/$1.times"
    awk '/^median_s/ { print $10 }' "$WORK/$1.out" >> "$WORK/$1.cpu"
}
rm -f "$WORK"/*.times "$WORK"/*.cpu
echo "== $RUNS alternating JVM(s) per build, $ROUNDS timed passes each; input $INPUT (first $MB MB); load average $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$RUNS"); do
    run before "$BASE_JAR"
    run after "$ROOT/target/textlens.jar"
    echo "   run $i: before $(tail -n 1 "$WORK/before.times") s ($(tail -n 1 "$WORK/before.cpu") CPU-s), after $(tail -n 1 "$WORK/after.times") s ($(tail -n 1 "$WORK/after.cpu") CPU-s)"
done
cmp -s "$WORK/before.sum" "$WORK/after.sum" || die "the builds found different sentence boundaries: $(cat "$WORK/before.sum") vs $(cat "$WORK/after.sum")"
echo "   boundaries identical: $(cat "$WORK/after.sum")"
median() { sort -n "$1" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
bw=$(median "$WORK/before.times"); aw=$(median "$WORK/after.times")
bc=$(median "$WORK/before.cpu"); ac=$(median "$WORK/after.cpu")
printf '%-22s %10s %10s\n' build median_s cpu_s
printf '%-22s %10s %10s\n' "before ($BASE_REF)" "$bw" "$bc" "after" "$aw" "$ac"
awk -v bw="$bw" -v aw="$aw" -v bc="$bc" -v ac="$ac" 'BEGIN { printf "speed-up of the sentence splitter alone: %.2fx wall, %.2fx CPU (goal >= 2)\n", bw / aw, bc / ac }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores; the machine may be shared)"
