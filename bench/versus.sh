#!/usr/bin/env bash
# versus.sh — throughput of one textlens command beside a baseline command, on the benchmark corpus.
# The shared timing loop of bench/quotes-bench.sh and bench/portrayal-bench.sh; call it directly too:
#
#   bench/versus.sh SUBJECT BASELINE WARMUP_INPUT
#     e.g. bench/versus.sh quotes freq testdata/quotes
#   RUNS=5 ...          timed runs per command (default 3)
#   SLICE_MB=20 ...     only the first 20 MiB of the corpus (whole lines; a quick look)
#   TEXTLENS_CMD='java -jar /path/textlens.jar' ...
#
# The corpus is bench/work/corpus.txt (one document per line), which bench/freq-bench.sh builds; in a
# worktree, symlink bench/work to a checkout that has it. The script times, alternating, RUNS runs of
#   SUBJECT   textlens SUBJECT --input-format lines -o bench/work/results/SUBJECT/rows.csv
#   BASELINE  textlens BASELINE --input-format lines -o /dev/null
# and prints the median, min and max wall seconds, MiB/s, the median CPU seconds (user + system: on a
# shared machine the steadier figure), peak RSS, both ratios, and how many CSV lines SUBJECT wrote.
# On a shared machine compare medians of alternating runs, not single runs.
set -u

[ $# -eq 3 ] || { echo "usage: bench/versus.sh SUBJECT BASELINE WARMUP_INPUT" >&2; exit 2; }
SUBJECT=$1
BASELINE=$2
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
case $3 in /*) WARMUP=$3;; *) WARMUP="$ROOT/$3";; esac
TEXTLENS_CMD=${TEXTLENS_CMD:-$(printf '%q' "$ROOT/bin/textlens")}
RUNS=${RUNS:-3}
SLICE_MB=${SLICE_MB:-0}
WORK="$ROOT/bench/work"
CORPUS="$WORK/corpus.txt"

die() { printf '%s-bench: %s\n' "$SUBJECT" "$*" >&2; exit 1; }
case $RUNS in ''|*[!0-9]*|0) die "RUNS must be a positive integer (got '$RUNS')";; esac
[ -f "$CORPUS" ] || die "no corpus at $CORPUS (build it with bench/freq-bench.sh, or symlink bench/work)"
[ -x /usr/bin/time ] || die "GNU time is needed (apt-get install -y time)"

INPUT=$CORPUS
if [ "$SLICE_MB" != 0 ]; then
  INPUT="$WORK/$SUBJECT-slice-$SLICE_MB.txt"
  head -c "$((SLICE_MB * 1024 * 1024))" "$CORPUS" | sed '$d' > "$INPUT"   # whole lines only
fi
MB=$(awk -v b="$(wc -c < "$INPUT")" 'BEGIN { printf "%.1f", b / 1048576 }')
OUT="$WORK/results/$SUBJECT"
mkdir -p "$OUT"

# warm-up: builds the jar and its class-data archive if needed
bash -c "$TEXTLENS_CMD $SUBJECT -q $(printf '%q' "$WARMUP")" >/dev/null || die "textlens $SUBJECT failed"

run() { # name args...
  local name=$1; shift
  /usr/bin/time -f '%e %M %U %S' -o "$OUT/$name.time" bash -c "$TEXTLENS_CMD $*" 2>"$OUT/$name.stderr" >/dev/null \
    || die "$name failed: $(tail -3 "$OUT/$name.stderr")"
  cat "$OUT/$name.time" >> "$OUT/$name.all"
}

rm -f "$OUT"/*.all
for i in $(seq "$RUNS"); do
  run "$SUBJECT" "$SUBJECT --input-format lines -o $(printf '%q' "$OUT/rows.csv") $(printf '%q' "$INPUT")"
  run "$BASELINE" "$BASELINE --input-format lines -o /dev/null $(printf '%q' "$INPUT")"
done

median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
summary() { # name
  local wall cpu
  wall=$(awk '{ print $1 }' "$OUT/$1.all" | median)
  cpu=$(awk '{ print $3 + $4 }' "$OUT/$1.all" | median)
  sort -n "$OUT/$1.all" | awk -v name="$1" -v mb="$MB" -v m="$wall" -v c="$cpu" '
    { t[NR] = $1; if ($2 > maxrss) maxrss = $2 }
    END { printf "%-10s median %7.1f s wall (min %.1f, max %.1f)  %6.2f MiB/s  median %7.1f CPU-s  peak RSS %d MB\n",
                 name, m, t[1], t[NR], mb / m, c, maxrss / 1024 }'
}
echo "corpus: $INPUT ($MB MiB, $(wc -l < "$INPUT") documents), $RUNS runs each, alternating"
summary "$SUBJECT"
summary "$BASELINE"
ratio() { awk -v k="$1" '{ print (k == "wall") ? $1 : $3 + $4 }' "$OUT/$2.all" | median; }
awk -v s="$SUBJECT" -v b="$BASELINE" -v sw="$(ratio wall "$SUBJECT")" -v bw="$(ratio wall "$BASELINE")" \
    -v sc="$(ratio cpu "$SUBJECT")" -v bc="$(ratio cpu "$BASELINE")" \
  'BEGIN { printf "%s / %s: %.2fx wall, %.2fx CPU (medians)\n", s, b, sw / bw, sc / bc }'
echo "$SUBJECT rows: $(($(wc -l < "$OUT/rows.csv") - 1)) CSV lines after the header (multi-line texts count once per line)"
