#!/usr/bin/env bash
# freq-bench.sh — throughput / start-up benchmark for `textlens freq`.
#
# Usage (from any folder):   bench/freq-bench.sh
#   RUNS=5 bench/freq-bench.sh            # 5 timed runs per big command (default 3)
#   BASELINE_ONLY=1 bench/freq-bench.sh   # only build the corpus and time the coreutils pipeline
#   TEXTLENS_CMD='java -jar /path/textlens.jar' bench/freq-bench.sh
#
# What it does
#   1. Builds (once; cached in bench/work/, which is git-ignored) a synthetic corpus of
#      >= CORPUS_MB MiB, one document per line (the `--input-format lines` layout), by sampling
#      sentences from testdata/news and testdata/reference with a fixed seed. About SYNTH_RATE
#      of the words are replaced by synthetic, purely alphabetic words ("Varkel", "tosimen", ...)
#      drawn from a Zipf(ZIPF_S) distribution over ZIPF_TYPES types, so the corpus has a
#      realistic long tail (hundreds of thousands of distinct types, many hapaxes).
#      The cache is rebuilt automatically when the inputs, parameters or generator change.
#   2. Times, alternating, RUNS runs of each:
#        freq      textlens freq over the corpus
#        pipeline  the classic tr|sort|uniq word count over the corpus
#        lemma     textlens freq --lemma over the corpus
#      and RUNS*3 runs of textlens freq on a 1 KB file (start-up cost).
#   3. Prints median/min/max wall seconds, peak RSS and the ratios pipeline/freq, lemma/plain.
#
# Timing uses GNU time (`/usr/bin/time -f '%e %M'`; install with `apt-get install -y time`).
# Without it the script falls back to bash's `time` (TIMEFORMAT) and reports no RSS.
# Peak RSS of the pipeline is that of its largest single process (usually `sort`), not the sum.
set -u

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)

# ----------------------------------------------------------------------------------------------
# Edit here when the launcher or the CLI flags change. TEXTLENS_CMD is shell code (it is
# inserted into `bash -c`), so quote paths with spaces, e.g. TEXTLENS_CMD='java -jar "/a b/t.jar"'.
TEXTLENS_CMD=${TEXTLENS_CMD:-$(printf '%q' "$ROOT/bin/textlens")}
FREQ_ARGS=${FREQ_ARGS:-"freq --input-format lines -o /dev/null"}   # (1) plain run over the corpus
LEMMA_ARGS=${LEMMA_ARGS:-"freq --input-format lines --lemma -o /dev/null"}  # (3) lemma run
SMALL_ARGS=${SMALL_ARGS:-"freq"}                                    # (4) start-up run on 1k.txt
# ----------------------------------------------------------------------------------------------

RUNS=${RUNS:-3}
CORPUS_MB=${CORPUS_MB:-200}       # minimum corpus size in MiB
SEED=${SEED:-20240601}
SYNTH_RATE=${SYNTH_RATE:-0.03}    # share of words replaced by synthetic words
ZIPF_TYPES=${ZIPF_TYPES:-300000}  # number of synthetic types to draw from
ZIPF_S=${ZIPF_S:-0.8}             # Zipf exponent over the synthetic types
BASELINE_ONLY=${BASELINE_ONLY:-0}

WORK="$ROOT/bench/work"
CORPUS="$WORK/corpus.txt"
SMALL="$WORK/1k.txt"
NEWS="$ROOT/testdata/news"
REF="$ROOT/testdata/reference"

die() { printf 'freq-bench: %s\n' "$*" >&2; exit 1; }

case $RUNS in ''|*[!0-9]*|0) die "RUNS must be a positive integer (got '$RUNS')";; esac
command -v python3 >/dev/null 2>&1 || die "python3 is needed to generate the corpus"
ls "$NEWS"/*.txt "$REF"/*.txt >/dev/null 2>&1 || die "no texts in $NEWS and $REF"

# --- textlens present? ------------------------------------------------------------------------
if [ "$BASELINE_ONLY" != 1 ] && [ "$TEXTLENS_CMD" = "$(printf '%q' "$ROOT/bin/textlens")" ] \
   && [ ! -x "$ROOT/bin/textlens" ]; then
  cat >&2 <<EOF
freq-bench: $ROOT/bin/textlens not found (or not executable).
  Build the project first, or point TEXTLENS_CMD at the launcher, e.g.
    TEXTLENS_CMD='java -jar $ROOT/target/textlens.jar' $0
  To build the corpus and time only the coreutils baseline, run:  BASELINE_ONLY=1 $0
EOF
  exit 1
fi

# --- timing backend -----------------------------------------------------------------------------
GNU_TIME=""
if [ -x /usr/bin/time ] && /usr/bin/time -f '%e %M' -o /dev/null true >/dev/null 2>&1; then
  GNU_TIME=/usr/bin/time
else
  echo "freq-bench: GNU time not found at /usr/bin/time (install: apt-get install -y time);" >&2
  echo "            falling back to bash's time builtin: wall time only, no peak RSS." >&2
fi

mkdir -p "$WORK" || die "cannot create $WORK"

# --- corpus generator (python3) -----------------------------------------------------------------
GEN_PY=$(cat <<'PY'
import sys, re, math, random, bisect, time, glob, os
out, mb, seed, rate, ntypes, zs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), \
    float(sys.argv[4]), int(sys.argv[5]), float(sys.argv[6])
files = sorted(glob.glob(os.path.join(sys.argv[7], '*.txt'))) + \
        sorted(glob.glob(os.path.join(sys.argv[8], '*.txt')))
t0 = time.time()
split_re = re.compile(r'(?:(?<=[.!?])|(?<=[.!?]["\u201d]))\s+(?=["\u201c]?[A-Z])')
sents = []
for fn in files:
    with open(fn, encoding='utf-8') as fh:
        text = fh.read().lstrip('\ufeff')
    for para in re.split(r'\n\s*\n', text):
        para = ' '.join(para.split())
        if para:
            sents.extend(s for s in split_re.split(para) if s)
toks = [tuple(s.split(' ')) for s in sents]
nsent = len(sents)

# synthetic words: bijective rank -> CV-syllable word (+ optional coda), purely [a-z]
ON, VO, CO = 'bcdfghjklmnprstvwz', 'aeiou', ['', 'n', 'r', 'l', 's', 'k', 't']
SYL = [o + v for o in ON for v in VO]                     # 90 two-letter syllables
B2, B3 = len(SYL) ** 2 * len(CO), len(SYL) ** 3 * len(CO)  # capacity of 2-/3-syllable bands
assert ntypes <= B2 + B3
def word(r):
    if r < B2: band, k, x = B2, 2, (r * 7919 + 12345) % B2    # frequent types: short words
    else:      band, k, x = B3, 3, ((r - B2) * 7919 + 54321) % B3
    coda = CO[x % len(CO)]; x //= len(CO)
    syl = []
    for _ in range(k):
        syl.append(SYL[x % len(SYL)]); x //= len(SYL)
    w = ''.join(syl) + coda
    return w.capitalize() if r % 2 == 0 else w            # half look like names ("Varkel")
words = [word(r) for r in range(ntypes)]
acc, cw = 0.0, []
for r in range(1, ntypes + 1):
    acc += r ** -zs
    cw.append(acc)
total = acc
edge = re.compile(r'^(\W*)(.*?)(\W*)$', re.S)

rng = random.Random(seed)
rnd = rng.random
log1m = math.log(1.0 - rate)
def geo():                      # words to skip before the next replacement
    return int(math.log(1.0 - rnd()) / log1m)
used = bytearray(ntypes)
target = mb * 1024 * 1024
written = lines = nwords = 0
skip = geo()
tmp = out + '.tmp'
with open(tmp, 'wb', buffering=1 << 20) as fh:
    while written < target:
        want = 2048 + int(rnd() * 2049)     # ~2-4 KB per document
        parts, n = [], 0
        while n < want:
            i = int(rnd() * nsent)
            t = toks[i]; ln = len(t)
            if skip >= ln:
                skip -= ln
                s = sents[i]
            else:
                t = list(t)
                while skip < ln:
                    r = bisect.bisect_left(cw, rnd() * total)
                    if r >= ntypes: r = ntypes - 1
                    used[r] = 1
                    m = edge.match(t[skip])
                    t[skip] = m.group(1) + words[r] + m.group(3) if m.group(2) else words[r]
                    skip += 1 + geo()
                skip -= ln
                s = ' '.join(t)
            parts.append(s); n += len(s) + 1; nwords += ln
        b = (' '.join(parts) + '\n').encode('utf-8')
        fh.write(b); written += len(b); lines += 1
os.replace(tmp, out)
alpha = re.compile(r'[A-Za-z]+')
base = {m.lower() for s in sents for m in alpha.findall(s)}
synth = {words[r].lower() for r in range(ntypes) if used[r]}
el = time.time() - t0
print(f"corpus:         {out}")
print(f"size:           {written} bytes ({written / 1048576:.1f} MiB)")
print(f"lines (docs):   {lines}")
print(f"words (approx): {nwords}  from {nsent} source sentences in {len(files)} files")
print(f"distinct types: {len(base | synth)}  (lower-cased [A-Za-z]+ runs, as the tr pipeline counts)")
print(f"  base types {len(base)}, synthetic types used {len(synth)} of {ntypes} (Zipf s={zs}, rate={rate})")
print(f"generated in:   {el:.1f} s (seed {seed})")
PY
)

KEY=$( { printf '%s\n' "v1 $CORPUS_MB $SEED $SYNTH_RATE $ZIPF_TYPES $ZIPF_S" "$GEN_PY";
         cat "$NEWS"/*.txt "$REF"/*.txt; } | sha256sum | cut -d' ' -f1 )
if [ -s "$CORPUS" ] && [ -f "$WORK/corpus.key" ] && [ "$(cat "$WORK/corpus.key")" = "$KEY" ] \
   && [ -s "$WORK/corpus.stats" ]; then
  echo "== corpus (cached; delete $WORK to rebuild)"
  cat "$WORK/corpus.stats"
else
  echo "== building corpus (>= $CORPUS_MB MiB, seed $SEED) ..."
  rm -f "$CORPUS" "$WORK/corpus.key" "$WORK/corpus.stats"
  python3 -c "$GEN_PY" "$CORPUS" "$CORPUS_MB" "$SEED" "$SYNTH_RATE" "$ZIPF_TYPES" "$ZIPF_S" \
      "$NEWS" "$REF" > "$WORK/corpus.stats.tmp" || die "corpus generation failed"
  mv "$WORK/corpus.stats.tmp" "$WORK/corpus.stats"
  printf '%s\n' "$KEY" > "$WORK/corpus.key"
  cat "$WORK/corpus.stats"
fi

# 1 KB start-up input: first <= 1024 bytes of a news text, cut at a word boundary
python3 - "$NEWS/01-ceasefire-talks.txt" "$SMALL" <<'PY' || die "cannot create 1k.txt"
import sys, re
b = open(sys.argv[1], 'rb').read()[:1024]
cut = max(b.rfind(c) for c in (b' ', b'\n'))
b = b[:cut].rstrip() if len(b) == 1024 else b.rstrip()
open(sys.argv[2], 'wb').write(b[:1023] + b'\n')
PY

# --- commands ---------------------------------------------------------------------------------
qC=$(printf '%q' "$CORPUS"); qS=$(printf '%q' "$SMALL")
# NB: as in the classic pipeline, LC_ALL=C applies to the first tr only; the rest uses the
# caller's locale (C.UTF-8/POSIX sort fast; a full locale such as en_US.UTF-8 makes sort slower).
PIPELINE_CMD="LC_ALL=C tr -cs 'A-Za-z' '\n' < $qC | tr 'A-Z' 'a-z' | sort | uniq -c | sort -rn > /dev/null"
FREQ_CMD="$TEXTLENS_CMD $FREQ_ARGS $qC"
LEMMA_CMD="$TEXTLENS_CMD $LEMMA_ARGS $qC"
SMALL_CMD="$TEXTLENS_CMD $SMALL_ARGS $qS"

RES="$WORK/results"; rm -rf "$RES"; mkdir -p "$RES"

# run NAME CMD: time one run, append "seconds rss_kb" to $RES/NAME
run() {
  local name=$1 cmd=$2 tf="$RES/.t" err="$RES/$1.stderr" rc
  if [ -n "$GNU_TIME" ]; then
    ( cd "$ROOT" && "$GNU_TIME" -f '%e %M' -o "$tf" bash -c "$cmd" >/dev/null 2>"$err" ); rc=$?
    [ $rc -eq 0 ] || { echo; echo "freq-bench: '$name' failed (exit $rc): $cmd" >&2; tail -n 20 "$err" >&2; exit 1; }
    tail -n 1 "$tf" >> "$RES/$name"
  else
    ( cd "$ROOT" && TIMEFORMAT=%R; { time bash -c "$cmd" >/dev/null 2>"$err"; } 2>"$tf" ); rc=$?
    [ $rc -eq 0 ] || { echo; echo "freq-bench: '$name' failed (exit $rc): $cmd" >&2; tail -n 20 "$err" >&2; exit 1; }
    printf '%s NA\n' "$(tail -n 1 "$tf")" >> "$RES/$name"
  fi
  printf ' %s' "$name"
}

if [ "$BASELINE_ONLY" = 1 ]; then
  ORDER="pipeline"
else
  ORDER="freq pipeline lemma"
  echo "== smoke test: $SMALL_CMD"
  ( cd "$ROOT" && bash -c "$SMALL_CMD" >/dev/null 2>"$RES/smoke.stderr" ) || {
    echo "freq-bench: textlens smoke test failed; stderr:" >&2; tail -n 20 "$RES/smoke.stderr" >&2
    echo "freq-bench: fix TEXTLENS_CMD / *_ARGS at the top of $0" >&2; exit 1; }
fi

cat "$CORPUS" > /dev/null   # warm the page cache so the first timed run is not penalised
echo "== timing: $RUNS alternating run(s) of: $ORDER$([ "$BASELINE_ONLY" = 1 ] || echo " (+ 3x small)")"
for i in $(seq 1 "$RUNS"); do
  printf 'round %d/%d:' "$i" "$RUNS"
  for name in $ORDER; do
    case $name in
      freq) run freq "$FREQ_CMD" ;;
      pipeline) run pipeline "$PIPELINE_CMD" ;;
      lemma) run lemma "$LEMMA_CMD" ;;
    esac
  done
  if [ "$BASELINE_ONLY" != 1 ]; then
    for _ in 1 2 3; do run small "$SMALL_CMD"; done
  fi
  echo
done

# --- report -----------------------------------------------------------------------------------
# stats NAME -> "n median min max peakMB"
stats() {
  [ -s "$RES/$1" ] || { echo "0 NA NA NA NA"; return; }
  sort -n -k1,1 "$RES/$1" | awk '
    { t[NR] = $1; if ($2 != "NA" && $2 + 0 > rss) rss = $2 + 0; if ($2 == "NA") na = 1 }
    END { n = NR; med = (n % 2) ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2
          printf "%d %.2f %.2f %.2f %s\n", n, med, t[1], t[n], na ? "n/a" : sprintf("%.1f", rss / 1024) }'
}
label() {
  case $1 in
    freq) echo "textlens freq (plain)" ;;  pipeline) echo "tr|sort|uniq pipeline" ;;
    lemma) echo "textlens freq --lemma" ;; small) echo "textlens freq 1k.txt (start-up)" ;;
  esac
}
echo
echo "== results (corpus $(du -h "$CORPUS" | cut -f1), wall seconds)"
printf '%-32s %5s %9s %8s %8s %12s\n' command runs median_s min_s max_s peak_RSS_MB
for name in freq pipeline lemma small; do
  [ -s "$RES/$name" ] || continue
  read -r n med mn mx rss <<<"$(stats "$name")"
  printf '%-32s %5s %9s %8s %8s %12s\n' "$(label "$name")" "$n" "$med" "$mn" "$mx" "$rss"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 > 0) printf "%.2f", a / b; else print "n/a" }'; }
if [ "$BASELINE_ONLY" != 1 ]; then
  read -r _ fmed _ <<<"$(stats freq)"; read -r _ pmed _ <<<"$(stats pipeline)"
  read -r _ lmed _ <<<"$(stats lemma)"
  echo
  echo "pipeline/freq = $(ratio "$pmed" "$fmed")   (> 1: textlens freq is faster than the pipeline)"
  echo "lemma/plain   = $(ratio "$lmed" "$fmed")   (cost of --lemma)"
fi
echo
echo "commands:"
echo "  freq:     $FREQ_CMD"
echo "  pipeline: $PIPELINE_CMD"
echo "  lemma:    $LEMMA_CMD"
echo "  small:    $SMALL_CMD"
[ -n "$GNU_TIME" ] || echo "(no GNU time: peak RSS not measured; apt-get install -y time)"
echo "raw timings: $RES/"
