#!/usr/bin/env bash
# freq-same.sh — checks that `textlens freq` gives byte-identical output to a baseline build.
#
# Usage (from any folder):
#   BASELINE_CMD=/path/to/main-checkout/bin/textlens bench/freq-same.sh
#   BIG=... CORPUS=... bench/freq-same.sh          # other large files (defaults below)
#
# Compares, for each case, the output of this checkout's bin/textlens (TEXTLENS_CMD) with
# BASELINE_CMD (a build of main before the change), with --threads 1 and --threads 4:
#   - testdata/: freq over testdata/news and testdata/reference with several option sets;
#   - generated edge files under bench/work/same/ (never committed): a 5 MB text with a BOM,
#     CRLF line ends, malformed UTF-8 bytes, a headline, curly quotes and non-Latin letters; a
#     5 MB text without any paragraph break; a file of one 3 MB line;
#   - the 40 MB propaganda file of freq-bigfile-bench.sh (text and lines), when it is there;
#   - the 200 MiB benchmark corpus of freq-bench.sh (text and lines), when it is there.
# Prints one line per case (same / DIFFERENT) and exits 1 if any differs.
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
TEXTLENS_CMD=${TEXTLENS_CMD:-$(printf '%q' "$ROOT/bin/textlens")}
BASELINE_CMD=${BASELINE_CMD:?set BASELINE_CMD to the bin/textlens of a build of main before the change}
WORK="$ROOT/bench/work/same"
BIG=${BIG:-$ROOT/bench/work/bigfile/propaganda-40mb.txt}
CORPUS=${CORPUS:-$ROOT/bench/work/corpus.txt}
mkdir -p "$WORK"
python3 - "$WORK" "$ROOT/testdata/news" <<'PY'
import glob, os, random, sys
work, news = sys.argv[1], sys.argv[2]
random.seed(7)
text = "".join(open(f, encoding="utf-8").read() + "\n\n" for f in sorted(glob.glob(os.path.join(news, "*.txt"))))
extra = "Zürich’s “well-known” café — Ελλάδα, Москва, 東京 and U.S. e.g. 1,200 2.5 don't co‐operate\n"
def write(name, data):
    with open(os.path.join(work, name), "wb") as fh:
        fh.write(data)
body = (text + extra) * (5_000_000 // len(text) + 1)
mixed = b"\xef\xbb\xbf" + b"A Headline Without Stop\r\n" + body.replace("\n", "\r\n").encode("utf-8")
mixed = mixed.replace(b"co\xe2\x80\x90operate", b"co\xe2\x80operate\xc3", 200)  # malformed sequences
write("mixed-5mb.txt", mixed)
words = text.replace(".", "").replace("!", "").replace("?", "").replace(":", "").replace(";", "").replace('"', "").replace(")", "")
nocut = "\n".join(l for l in (words * (5_000_000 // len(words) + 1)).split("\n") if l.strip())
write("nocut-5mb.txt", nocut.encode("utf-8"))
write("oneline-3mb.txt", (text.replace("\n", " ") * (3_000_000 // len(text) + 1)).encode("utf-8"))
PY
fail=0
check() {  # check NAME ARGS...: compares both builds' output for freq ARGS
    local name=$1; shift
    for t in 1 4; do
        a=$(bash -c "$TEXTLENS_CMD freq --threads $t $*" 2>&1 | md5sum | cut -c1-12)
        b=$(bash -c "$BASELINE_CMD freq --threads $t $*" 2>&1 | md5sum | cut -c1-12)
        if [ "$a" = "$b" ]; then r=same; else r=DIFFERENT; fail=1; fi
        printf '%-44s threads %-2s %-9s %s %s\n' "$name" "$t" "$r" "$a" "$b"
    done
}
printf '%-44s %-10s %-9s %-12s %s\n' case threads result new baseline
q=$(printf '%q' "$ROOT/testdata")
check "testdata news"                  "$q/news"
check "testdata news --ngram 1-3"      "--ngram 1-3 $q/news"
check "testdata news+reference --lemma" "--lemma $q/news $q/reference"
check "testdata news --stem --case keep" "--stem --case keep --numbers $q/news"
check "testdata news --by-doc --tfidf"  "--by-doc --tfidf $q/news"
check "testdata corpus.jsonl"          "--input-format jsonl $q/corpus.jsonl"
for f in "$WORK"/*.txt; do
    qf=$(printf '%q' "$f")
    check "$(basename "$f") text"          "$qf"
    check "$(basename "$f") text --ngram 1-2" "--ngram 1-2 $qf"
    check "$(basename "$f") lines"         "--input-format lines $qf"
done
for f in "$BIG" "$CORPUS"; do
    if [ -s "$f" ]; then
        qf=$(printf '%q' "$f")
        check "$(basename "$f") text"  "$qf"
        check "$(basename "$f") lines" "--input-format lines $qf"
    else
        echo "skipped: $f is absent (run freq-bigfile-bench.sh / freq-bench.sh to make it)"
    fi
done
[ $fail = 0 ] && echo "all outputs identical" || echo "SOME OUTPUTS DIFFER"
exit $fail
