#!/usr/bin/env bash
# startup-bench.sh — every command on a 1 KB input, whole process: start-up is most of it.
#
# Usage (from any folder):
#   bench/startup-bench.sh
#   RUNS=7 bench/startup-bench.sh                               # runs per command (default 5)
#   BASELINE_CMD=/path/to/older/bin/textlens bench/startup-bench.sh   # also time an older build
#
# Input: the first KB of testdata/news/01-ceasefire-talks.txt, cut at a word (bench/work/1k.txt).
# Each command runs RUNS times (interleaved with the baseline's when given) with -o to a scratch
# file; the median wall time is compared with the goal: < 0.30 s for freq, < 0.45 s for the others.
# The machine may be shared: the load average is printed with the figures.
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
TEXTLENS_CMD=${TEXTLENS_CMD:-$(printf '%q' "$ROOT/bin/textlens")}
BASELINE_CMD=${BASELINE_CMD:-}
RUNS=${RUNS:-5}
WORK="$ROOT/bench/work"
SMALL="$WORK/1k.txt"
mkdir -p "$WORK" || exit 1
python3 - "$ROOT/testdata/news/01-ceasefire-talks.txt" "$SMALL" <<'PY' || exit 1
import sys
b = open(sys.argv[1], 'rb').read()[:1024]
cut = max(b.rfind(c) for c in (b' ', b'\n'))
b = b[:cut].rstrip() if len(b) == 1024 else b.rstrip()
open(sys.argv[2], 'wb').write(b[:1023] + b'\n')
PY
COMMANDS="freq sentiment loaded frames quotes timeline portrayal extract report"
qS=$(printf '%q' "$SMALL")
out() { [ "$1" = report ] && echo "$WORK/startup.html" || echo /dev/null; }
bash -c "$TEXTLENS_CMD freq $qS" >/dev/null 2>&1   # builds the jar and its CDS archive if needed
[ -n "$BASELINE_CMD" ] && bash -c "$BASELINE_CMD freq $qS" >/dev/null 2>&1
time_one() {  # time_one LAUNCHER COMMAND -> seconds
    local t0 t1
    t0=$(date +%s%N)
    bash -c "$1 $2 -o $(out "$2") $qS" >/dev/null 2>"$WORK/startup.err" || { echo "failed: $1 $2" >&2; cat "$WORK/startup.err" >&2; echo NaN; return; }
    t1=$(date +%s%N)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", (b - a) / 1e9 }'
}
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
echo "== $RUNS run(s) per command on $SMALL ($(wc -c < "$SMALL") bytes); load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
printf '%-10s %9s %11s %7s %s\n' command median_s $([ -n "$BASELINE_CMD" ] && echo base_median_s || echo -) goal_s met
for c in $COMMANDS; do
    now=(); base=()
    for i in $(seq 1 "$RUNS"); do
        now+=("$(time_one "$TEXTLENS_CMD" "$c")")
        [ -n "$BASELINE_CMD" ] && base+=("$(time_one "$BASELINE_CMD" "$c")")
    done
    m=$(printf '%s\n' "${now[@]}" | median)
    b=-; [ -n "$BASELINE_CMD" ] && b=$(printf '%s\n' "${base[@]}" | median)
    goal=0.45; [ "$c" = freq ] && goal=0.30
    met=$(awk -v m="$m" -v g="$goal" 'BEGIN { print (m < g) ? "yes" : "no" }')
    printf '%-10s %9s %11s %7s %s\n' "$c" "$m" "$b" "$goal" "$met"
done
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
