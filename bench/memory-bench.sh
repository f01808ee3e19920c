#!/usr/bin/env bash
# memory-bench.sh — peak RSS and wall time of the commands whose memory used to grow with the
# corpus (issue 17), on generated random-word corpora, with a 256 MB heap.
#
# Usage:  bench/memory-bench.sh            # the 57 MB corpus, then the 1 GB corpus
#         SIZES=small bench/memory-bench.sh
#         RUNS=3 TEXTLENS=/other/checkout/bin/textlens bench/memory-bench.sh
#
# Corpora (made once, under bench/work/, git-ignored):
#   random-57mb.jsonl   20,000 documents, vocabulary 650,000 (about 636,000 distinct words, 57 MB)
#   random-1gb.jsonl    18 copies of the 57 MB corpus (360,000 documents, about 1 GB), each copy with its
#                       own ids and with every lower-case word that starts with a-f marked with the copy's number,
#                       so the vocabulary keeps growing (about 3.3 million distinct words)
# Commands, each with JAVA_OPTS=-Xmx256m and output to /dev/null:
#   tfidf      textlens freq --by-doc --tfidf --input-format jsonl
#   timeline   textlens timeline --input-format jsonl   (the sorted timeline)
#   keyness    textlens freq --reference random-ref.jsonl --input-format jsonl  (COMMANDS="... keyness"; the reference:
#              2,000 documents of the same vocabulary, another seed, made under bench/work/)
# Reported per run: wall seconds, CPU seconds and peak RSS in MB (/usr/bin/time), with the load
# average before and after (on a shared machine wall time says little), then medians.
# HEAP=default runs without -Xmx (the JVM's default heap: a quarter of the memory).
# Target: peak RSS < 512 MB. The machine may be shared: compare runs made side by side; run it
# with `nice -n 10` there.
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
WORK="$ROOT/bench/work"
RUNS=${RUNS:-1}
SIZES=${SIZES:-"small large"}
TEXTLENS=${TEXTLENS:-"$ROOT/bin/textlens"}
HEAP=${HEAP:-256m}
COMMANDS=${COMMANDS:-"tfidf timeline"}
[ -x /usr/bin/time ] || { echo "memory-bench: needs GNU time at /usr/bin/time (apt-get install -y time)" >&2; exit 1; }
mkdir -p "$WORK"
corpus() {
  case $1 in
    small) f="$WORK/random-57mb.jsonl"; [ -s "$f" ] || python3 "$ROOT/bench/make-random-corpus.py" "$f" 20000 650000 ;;
    large) f="$WORK/random-1gb.jsonl"
           if [ ! -s "$f" ]; then
             small=$(corpus small)
             for i in $(seq 1 18); do
               sed -e "s/\"id\":\"d/\"id\":\"c$i-d/" -e "s/ \([a-f][a-z]*\)/ \1$i/g" "$small"
             done >"$f.tmp" && mv "$f.tmp" "$f"
           fi ;;
  esac
  echo "$f"
}
"$TEXTLENS" --version >/dev/null || exit 1
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
for size in $SIZES; do
  f=$(corpus "$size")
  echo "corpus $size: $f, $(du -m "$f" | cut -f1) MB, $(wc -l <"$f") documents" >&2
  for name in $COMMANDS; do
    case $name in
      tfidf) args="freq --by-doc --tfidf --input-format jsonl" ;;
      timeline) args="timeline --input-format jsonl" ;;
      keyness) ref="$WORK/random-ref.jsonl"
               [ -s "$ref" ] || python3 "$ROOT/bench/make-random-corpus.py" "$ref" 2000 650000 5
               args="freq --reference $ref --input-format jsonl" ;;
    esac
    : >"$OUT/$size-$name"
    for run in $(seq 1 "$RUNS"); do
      # shellcheck disable=SC2086
      heap=; [ "$HEAP" = default ] || heap="-Xmx$HEAP"
      load=$(cut -d' ' -f1 /proc/loadavg)
      if ! JAVA_OPTS="$heap" /usr/bin/time -f '%e %M %U' -o "$OUT/t" "$TEXTLENS" $args "$f" >/dev/null 2>"$OUT/err"; then
        echo "memory-bench: $size $name failed: $(tail -n 3 "$OUT/err")" >&2
        continue
      fi
      cat "$OUT/t" >>"$OUT/$size-$name"
      echo "run $run $size $name (heap $HEAP): $(awk '{ printf "%.1f s, %.1f CPU-s, %d MB peak RSS", $1, $3, $2 / 1024 }' "$OUT/t"), load average $load -> $(cut -d' ' -f1 /proc/loadavg)" >&2
    done
    sort -n "$OUT/$size-$name" | awk -v n="$size $name" '{ t[NR] = $1; m[NR] = $2 } END {
      if (NR) printf "%-16s median %.1f s  peak RSS %d MB  (%d run(s))\n", n, t[int((NR + 1) / 2)], m[int((NR + 1) / 2)] / 1024, NR }'
  done
done
