#!/usr/bin/env bash
# timeline-bench.sh — throughput of `textlens timeline` beside `textlens freq`, same corpus.
#
# Usage:  bench/timeline-bench.sh            # RUNS=3 alternating runs of each, medians
#         RUNS=5 bench/timeline-bench.sh
#
# Corpus: bench/work/corpus.txt, the 200 MiB lines-format corpus that bench/freq-bench.sh
# generates (run that first, or symlink bench/work to a checkout that has it). Every document
# is dated with --date, so relative expressions are resolved and the tense is looked for.
# Three commands, alternating so that machine load hits them alike:
#   freq       textlens freq --input-format lines
#   timeline   textlens timeline --input-format lines --date 2023-07-18          (sorted timeline)
#   all        textlens timeline --all --input-format lines --date 2023-07-18    (every expression, streamed)
# Reported: median wall seconds, median CPU (user+sys) seconds, median peak RSS, MB/s, and the
# ratios to freq. On a shared machine CPU seconds are the steadier measure.
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
CORPUS=${CORPUS:-"$ROOT/bench/work/corpus.txt"}
RUNS=${RUNS:-3}
TEXTLENS=${TEXTLENS:-"$ROOT/bin/textlens"}
[ -f "$CORPUS" ] || { echo "timeline-bench: no corpus at $CORPUS (run bench/freq-bench.sh first); skipped" >&2; exit 0; }
[ -x /usr/bin/time ] || { echo "timeline-bench: needs GNU time at /usr/bin/time (apt-get install -y time)" >&2; exit 1; }
"$TEXTLENS" --version >/dev/null || exit 1
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
declare -A ARGS=(
  [freq]="freq --input-format lines -o /dev/null"
  [timeline]="timeline --input-format lines --date 2023-07-18 -o /dev/null"
  [all]="timeline --all --input-format lines --date 2023-07-18 -o /dev/null"
)
NAMES="freq timeline all"
for run in $(seq 1 "$RUNS"); do
  for name in $NAMES; do
    # shellcheck disable=SC2086
    /usr/bin/time -f '%e %U %S %M' -o "$OUT/t" "$TEXTLENS" ${ARGS[$name]} "$CORPUS" 2>"$OUT/$name.err" \
      || { echo "timeline-bench: $name failed:" >&2; cat "$OUT/$name.err" >&2; exit 1; }
    awk '{ printf "%s %.2f %d\n", $1, $2 + $3, $4 }' "$OUT/t" >>"$OUT/$name"
    echo "run $run $name: $(cat "$OUT/t")" >&2
  done
done
bytes=$(stat -c %s "$CORPUS")
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
printf '%-9s %10s %10s %10s %10s %8s %8s\n' command wall_s cpu_s rss_MB MB/s wall/freq cpu/freq
fw=$(cut -d' ' -f1 "$OUT/freq" | median)
fc=$(cut -d' ' -f2 "$OUT/freq" | median)
for name in $NAMES; do
  w=$(cut -d' ' -f1 "$OUT/$name" | median)
  c=$(cut -d' ' -f2 "$OUT/$name" | median)
  m=$(cut -d' ' -f3 "$OUT/$name" | median)
  awk -v n="$name" -v w="$w" -v c="$c" -v m="$m" -v b="$bytes" -v fw="$fw" -v fc="$fc" \
    'BEGIN { printf "%-9s %10.2f %10.2f %10.0f %10.1f %8.2f %8.2f\n", n, w, c, m / 1024, b / 1048576 / w, w / fw, c / fc }'
done
echo "corpus: $CORPUS ($(awk -v b="$bytes" 'BEGIN { printf "%.1f MiB", b / 1048576 }'), $(wc -l <"$CORPUS") documents); runs: $RUNS"
