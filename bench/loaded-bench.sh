#!/usr/bin/env bash
# loaded-bench.sh — throughput of `textlens loaded` against `textlens freq` on the freq benchmark corpus.
#
# Usage (from any folder):   bench/loaded-bench.sh
#   RUNS=5 bench/loaded-bench.sh                       # 5 runs of each command (default 3)
#   TEXTLENS_CMD='java -jar /path/textlens.jar' bench/loaded-bench.sh
#   LOADED_ARGS='loaded --summary --input-format lines -o /dev/null' bench/loaded-bench.sh
#
# The corpus is bench/work/corpus.txt (200 MiB, one document per line), which bench/freq-bench.sh
# builds and caches; the script says so and exits 0 when it is missing. Runs alternate
# freq / loaded so that both see the same machine load, and the script prints, for each command,
# the median wall-clock seconds and the median CPU seconds (user + system, all threads), then the
# ratios loaded/freq. CPU seconds are the steadier figure on a shared machine.
# Needs GNU time (`apt-get install -y time`).
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
TEXTLENS_CMD=${TEXTLENS_CMD:-$(printf '%q' "$ROOT/bin/textlens")}
FREQ_ARGS=${FREQ_ARGS:-"freq --input-format lines -o /dev/null"}
LOADED_ARGS=${LOADED_ARGS:-"loaded --input-format lines -o /dev/null"}
RUNS=${RUNS:-3}
CORPUS=${CORPUS:-$ROOT/bench/work/corpus.txt}

if [ ! -f "$CORPUS" ]; then
    echo "loaded-bench: no corpus at $CORPUS (run bench/freq-bench.sh once to build it)" >&2
    exit 0
fi
if [ ! -x /usr/bin/time ]; then
    echo "loaded-bench: GNU time is needed (apt-get install -y time)" >&2
    exit 1
fi
bash -c "$TEXTLENS_CMD loaded -o /dev/null $(printf '%q' "$ROOT/testdata/news")" || exit 1   # build the jar first

median() { sort -g | awk '{a[NR] = $1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/loaded-bench.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
for i in $(seq "$RUNS"); do
    for name in freq loaded; do
        args=$FREQ_ARGS
        [ "$name" = loaded ] && args=$LOADED_ARGS
        /usr/bin/time -f '%e %U %S %M' -o "$tmp/t" bash -c "$TEXTLENS_CMD $args $(printf '%q' "$CORPUS")" || exit 1
        read -r wall user sys rss < "$tmp/t"
        echo "$wall" >> "$tmp/$name.wall"
        echo "$user $sys" | awk '{print $1 + $2}' >> "$tmp/$name.cpu"
        echo "$rss" >> "$tmp/$name.rss"
        echo "run $i $name: ${wall} s wall, $(tail -1 "$tmp/$name.cpu") s CPU, ${rss} KB peak RSS" >&2
    done
done
fw=$(median < "$tmp/freq.wall"); fc=$(median < "$tmp/freq.cpu")
lw=$(median < "$tmp/loaded.wall"); lc=$(median < "$tmp/loaded.cpu")
printf 'freq    median %7.2f s wall %7.2f s CPU  (%s)\n' "$fw" "$fc" "$FREQ_ARGS"
printf 'loaded  median %7.2f s wall %7.2f s CPU  (%s)\n' "$lw" "$lc" "$LOADED_ARGS"
awk -v a="$lw" -v b="$fw" -v c="$lc" -v d="$fc" 'BEGIN {printf "loaded/freq: %.2fx wall, %.2fx CPU (goal: within 2x)\n", a / b, c / d}'
