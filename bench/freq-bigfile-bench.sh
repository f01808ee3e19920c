#!/usr/bin/env bash
# freq-bigfile-bench.sh — `textlens freq` on ONE large text file against the coreutils word count.
#
# Usage (from any folder):
#   bench/freq-bigfile-bench.sh
#   RUNS=5 bench/freq-bigfile-bench.sh                    # 5 alternating rounds (default 3)
#   BASELINE_CMD='/path/old/bin/textlens' bench/freq-bigfile-bench.sh   # also time an older build
#   TEXTLENS_CMD='java -jar "/a b/textlens.jar"' bench/freq-bigfile-bench.sh
#
# What it does
#   1. Builds bench/work/bigfile/propaganda-40mb.txt (git-ignored, never committed): the articles
#      of ../shared/data/eval/propaganda/articles/*.txt (beside the project; TEXTLENS_EVAL_DATA to
#      override), concatenated in name order and repeated in whole passes until it holds at least
#      BIG_MB MiB (default 40). Skipped with a message when the articles are absent.
#   2. Checks that textlens's text and lines runs give the same counts with --threads 1 as with
#      all threads (the text run counts the file in pieces on all threads).
#   3. Times RUNS alternating rounds of (whole processes, start-up included):
#        text      textlens freq -o /dev/null FILE                      (one document)
#        lines     textlens freq --input-format lines -o /dev/null FILE (one document per line)
#        pipeline  LC_ALL=C tr -cs 'A-Za-z' '\n' < FILE | tr A-Z a-z | sort | uniq -c | sort -rn
#      (+ base-text, base-lines with BASELINE_CMD), with GNU time for wall time and peak RSS.
#   4. Prints medians and the ratios pipeline/text and pipeline/lines (the goal is >= 3), and
#      whether peak RSS stayed under 512 MB.
# The machine may be shared: rounds alternate, medians are reported, and the load is printed.
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
TEXTLENS_CMD=${TEXTLENS_CMD:-$(printf '%q' "$ROOT/bin/textlens")}
BASELINE_CMD=${BASELINE_CMD:-}
RUNS=${RUNS:-3}
BIG_MB=${BIG_MB:-40}
EVAL=${TEXTLENS_EVAL_DATA:-$ROOT/../shared/data/eval}
ARTICLES="$EVAL/propaganda/articles"
WORK="$ROOT/bench/work/bigfile"
BIG="$WORK/propaganda-${BIG_MB}mb.txt"
die() { printf 'freq-bigfile-bench: %s\n' "$*" >&2; exit 1; }
case $RUNS in ''|*[!0-9]*|0) die "RUNS must be a positive integer (got '$RUNS')";; esac
if ! ls "$ARTICLES"/*.txt >/dev/null 2>&1; then
    echo "freq-bigfile-bench: skipped: no articles in $ARTICLES (set TEXTLENS_EVAL_DATA to the eval folder)"
    exit 0
fi
[ -x /usr/bin/time ] || die "GNU time is needed for peak RSS (apt-get install -y time)"
mkdir -p "$WORK" || die "cannot create $WORK"
if [ ! -s "$BIG" ]; then
    echo "== building $BIG (>= $BIG_MB MiB)"
    python3 - "$ARTICLES" "$BIG" "$BIG_MB" <<'PY' || die "cannot build the file"
import glob, os, sys
src, out, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
one = b"".join(open(f, "rb").read() for f in sorted(glob.glob(os.path.join(src, "*.txt"))))
with open(out + ".tmp", "wb") as fh:
    n = 0
    while n < mb * 1024 * 1024:
        fh.write(one); n += len(one)
os.replace(out + ".tmp", out)
PY
fi
qB=$(printf '%q' "$BIG")
echo "== file: $BIG ($(du -m "$BIG" | cut -f1) MB, $(wc -l < "$BIG") lines)"

echo "== check: the same counts with --threads 1 and with all threads"
for fmt in text lines; do
    a=$(bash -c "$TEXTLENS_CMD freq --threads 1 --input-format $fmt $qB" | md5sum)
    b=$(bash -c "$TEXTLENS_CMD freq --input-format $fmt $qB" | md5sum)
    [ "$a" = "$b" ] || die "--input-format $fmt: --threads 1 and all threads differ"
    echo "   $fmt: identical ($a)"
done

RES="$WORK/results"; rm -rf "$RES"; mkdir -p "$RES"
run() {  # run NAME CMD: append "wall_s rss_kb cpu_s" to $RES/NAME
    local tf="$RES/.t"
    /usr/bin/time -f '%e %M %U %S' -o "$tf" bash -c "$2" >/dev/null 2>"$RES/$1.err" \
        || { cat "$RES/$1.err" >&2; die "$1 failed: $2"; }
    tail -n 1 "$tf" | awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' >> "$RES/$1"
    printf ' %s' "$1"
}
declare -A CMD
CMD[text]="$TEXTLENS_CMD freq -o /dev/null $qB"
CMD[lines]="$TEXTLENS_CMD freq --input-format lines -o /dev/null $qB"
CMD[pipeline]="LC_ALL=C tr -cs 'A-Za-z' '\n' < $qB | tr A-Z a-z | sort | uniq -c | sort -rn > /dev/null"
ORDER="text pipeline lines"
if [ -n "$BASELINE_CMD" ]; then
    CMD[base-text]="$BASELINE_CMD freq -o /dev/null $qB"
    CMD[base-lines]="$BASELINE_CMD freq --input-format lines -o /dev/null $qB"
    ORDER="text base-text pipeline lines base-lines"
fi
cat "$BIG" > /dev/null
bash -c "${CMD[text]}" >/dev/null 2>&1   # warm-up (and the CDS archive of a fresh jar)
echo "== timing: $RUNS alternating round(s); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$RUNS"); do
    printf 'round %d/%d:' "$i" "$RUNS"
    for name in $ORDER; do run "$name" "${CMD[$name]}"; done
    echo
done
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
python3 - "$RES" $ORDER <<'PY'
import statistics, sys, os
res, names = sys.argv[1], sys.argv[2:]
med = {}
print(f"{'command':12} {'runs':>4} {'median_s':>9} {'min_s':>7} {'max_s':>7} {'cpu_s':>6} {'peak_MB':>8}")
for n in names:
    rows = [l.split() for l in open(os.path.join(res, n))]
    wall = [float(r[0]) for r in rows]; rss = max(int(r[1]) for r in rows) / 1024
    cpu = statistics.median(float(r[2]) for r in rows)
    med[n] = statistics.median(wall)
    print(f"{n:12} {len(wall):>4} {med[n]:>9.2f} {min(wall):>7.2f} {max(wall):>7.2f} {cpu:>6.2f} {rss:>8.0f}"
          + ("  (peak RSS >= 512 MB)" if rss >= 512 and n in ("text", "lines") else ""))
print()
for n in ("text", "lines", "base-text", "base-lines"):
    if n in med:
        print(f"pipeline / {n:10} = {med['pipeline'] / med[n]:.2f}x   (goal for text and lines: >= 3)")
print("peak_MB: the largest peak RSS of any run (for the pipeline: its largest single process)")
PY
echo "commands:"
for name in $ORDER; do echo "  $name: ${CMD[$name]}"; done
