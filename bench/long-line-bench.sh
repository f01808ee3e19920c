#!/usr/bin/env bash
# long-line-bench.sh — CPU time and peak RSS of `quotes` and `report` on one document of a single
# long line (issue 17, item 10: a 60 MB line took minutes), at several sizes, so that growth shows:
# linear time doubles with the size, quadratic quadruples.
#
# Usage:  bench/long-line-bench.sh                  # 1, 2 and 4 MB, this checkout
#         SIZES="1 2 4 60" bench/long-line-bench.sh
#         TEXTLENS=/other/checkout/bin/textlens bench/long-line-bench.sh   # a baseline, side by side
#
# The line is testdata/news/*.txt joined with spaces and repeated to the size (made under
# bench/work/, git-ignored). Reported per run: wall seconds, user CPU seconds and peak RSS
# (/usr/bin/time). The machine may be shared: compare CPU seconds, and runs made side by side.
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
WORK="$ROOT/bench/work"
SIZES=${SIZES:-"1 2 4"}
COMMANDS=${COMMANDS:-"quotes report"}
TEXTLENS=${TEXTLENS:-"$ROOT/bin/textlens"}
[ -x /usr/bin/time ] || { echo "long-line-bench: needs GNU time at /usr/bin/time (apt-get install -y time)" >&2; exit 1; }
mkdir -p "$WORK"
"$TEXTLENS" --version >/dev/null || exit 1
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
for mb in $SIZES; do
  f="$WORK/line-${mb}mb.txt"
  [ -s "$f" ] || python3 - "$ROOT/testdata/news" "$f" "$mb" <<'PY'
import pathlib, sys
unit = " ".join(p.read_text(encoding="utf-8").replace("\n", " ") for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt")))
n = int(float(sys.argv[3]) * 1000 * 1000)
pathlib.Path(sys.argv[2]).write_text((unit * (n // len(unit) + 1))[:n] + "\n", encoding="utf-8")
PY
  for cmd in $COMMANDS; do
    if /usr/bin/time -f '%e %U %M' -o "$OUT/t" "$TEXTLENS" "$cmd" "$f" -o "$OUT/out" 2>"$OUT/err"; then
      awk -v c="$cmd" -v m="$mb" '{ printf "%-7s %5s MB line: %7.1f s wall, %7.1f s CPU, peak RSS %d MB\n", c, m, $1, $2, $3 / 1024 }' "$OUT/t"
    else
      echo "$cmd $mb MB line failed: $(tail -n 2 "$OUT/err")"
    fi
  done
done
