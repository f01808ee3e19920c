#!/usr/bin/env bash
# sentiment-same.sh — does a change leave every sentiment score as it was? Runs two builds of
# textlens on the same inputs and compares their whole CSV output byte for byte.
#
# Usage (from any folder):
#   BASELINE_CMD=/path/to/older/bin/textlens bench/sentiment-same.sh
#   TEXTLENS_CMD='java -jar "/a b/textlens.jar"' BASELINE_CMD=... bench/sentiment-same.sh
#
# Inputs: the texts of VADER's three human-rated sets (../shared/data/eval/sentiment beside the
# project, TEXTLENS_EVAL_DATA to override; skipped with a message when absent), one text per
# line, and bench/work/sentiment/snippets-lines.txt when present (SNIPPETS=1
# bench/sentiment-throughput makes it). Each is scored with --unit document and --unit sentence
# by both builds (--input-format lines); any difference is printed and the script exits 1.
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
TEXTLENS_CMD=${TEXTLENS_CMD:-$(printf '%q' "$ROOT/bin/textlens")}
BASELINE_CMD=${BASELINE_CMD:?set BASELINE_CMD to the launcher of the build to compare with}
DATA=${TEXTLENS_EVAL_DATA:-$ROOT/../shared/data/eval/sentiment}
WORK="$ROOT/bench/work/sentiment/same"
if [ ! -d "$DATA" ]; then
    echo "sentiment-same: skipped: $DATA is absent (set TEXTLENS_EVAL_DATA)"; exit 0
fi
mkdir -p "$WORK" || exit 1
inputs=()
for name in tweets movieReviewSnippets amazonReviewSnippets; do
    cut -f3- "$DATA/${name}_GroundTruth.txt" | tr '\t' ' ' > "$WORK/$name.lines"
    inputs+=("$WORK/$name.lines")
done
[ -s "$ROOT/bench/work/sentiment/snippets-lines.txt" ] && inputs+=("$ROOT/bench/work/sentiment/snippets-lines.txt")
status=0
for f in "${inputs[@]}"; do
    for unit in document sentence; do
        bash -c "$BASELINE_CMD sentiment --unit $unit --input-format lines $(printf '%q' "$f")" > "$WORK/before.csv" || exit 1
        bash -c "$TEXTLENS_CMD sentiment --unit $unit --input-format lines $(printf '%q' "$f")" > "$WORK/after.csv" || exit 1
        rows=$(($(wc -l < "$WORK/after.csv") - 1))
        if cmp -s "$WORK/before.csv" "$WORK/after.csv"; then
            echo "same:      $(basename "$f") --unit $unit ($rows rows)"
        else
            echo "DIFFERENT: $(basename "$f") --unit $unit:"; diff "$WORK/before.csv" "$WORK/after.csv" | head -n 10
            status=1
        fi
    done
done
exit $status
