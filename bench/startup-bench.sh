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
# CPU seconds (user + system) are shown beside it: on a shared machine they say more than wall time.
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
time_one() {  # time_one LAUNCHER COMMAND -> "wall_s cpu_s" (CPU: user + system, GNU time)
    /usr/bin/time -f '%e %U %S' -o "$WORK/startup.time" bash -c "$1 $2 -o $(out "$2") $qS" >/dev/null 2>"$WORK/startup.err" \
        || { echo "failed: $1 $2" >&2; cat "$WORK/startup.err" >&2; echo "NaN NaN"; return; }
    tail -n 1 "$WORK/startup.time" | awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }'
}
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
col() { printf '%s\n' "${@:2}" | awk -v k="$1" '{ print $k }' | median; }
[ -x /usr/bin/time ] || { echo "startup-bench: GNU time is needed (apt-get install -y time)" >&2; exit 1; }
echo "== $RUNS run(s) per command on $SMALL ($(wc -c < "$SMALL") bytes); load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
printf '%-10s %9s %7s %13s %10s %7s %s\n' command median_s cpu_s base_median_s base_cpu_s goal_s met
for c in $COMMANDS; do
    now=(); base=()
    for i in $(seq 1 "$RUNS"); do
        now+=("$(time_one "$TEXTLENS_CMD" "$c")")
        [ -n "$BASELINE_CMD" ] && base+=("$(time_one "$BASELINE_CMD" "$c")")
    done
    m=$(col 1 "${now[@]}"); mc=$(col 2 "${now[@]}")
    b=-; bc=-
    if [ -n "$BASELINE_CMD" ]; then b=$(col 1 "${base[@]}"); bc=$(col 2 "${base[@]}"); fi
    goal=0.45; [ "$c" = freq ] && goal=0.30
    met=$(awk -v m="$m" -v g="$goal" 'BEGIN { print (m < g) ? "yes" : "no" }')
    printf '%-10s %9s %7s %13s %10s %7s %s\n' "$c" "$m" "$mc" "$b" "$bc" "$goal" "$met"
done
echo "median_s: wall seconds, cpu_s: user + system CPU seconds (medians of $RUNS); the goal is on wall time on an idle machine"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
