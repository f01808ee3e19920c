#!/usr/bin/python3
# nltk-vader.py — NLTK's port of VADER (Hutto & Gilbert 2014) as a baseline for the sentiment
# benchmarks. Used by bench/sentiment-eval (--baseline) and bench/sentiment-throughput; it can
# also be run by hand.
#
# Usage:
#   /usr/bin/python3 bench/nltk-vader.py check            # exit 0 if NLTK and the lexicon load
#   /usr/bin/python3 bench/nltk-vader.py score FILE.jsonl # prints "id<TAB>compound" per record
#   /usr/bin/python3 bench/nltk-vader.py lines FILE       # scores every line (polarity_scores),
#                                                         # prints "lines N checksum X" at the end
#
# Needs NLTK, which Debian packages for its own /usr/bin/python3 (not for other Pythons on PATH):
#   apt-get update && apt-get install -y python3-nltk
# No NLTK download is needed: the lexicon is read from shared/data/ship/vader/vader_lexicon.txt
# (beside the project; override with VADER_LEXICON=/path/vader_lexicon.txt).
#
# The reference implementation (the vaderSentiment package) is not used because it cannot be
# installed here; NLTK's port is close to it but not identical, so its figures differ a little
# from the published ones.
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
LEXICON = os.path.normpath(os.environ.get(
    "VADER_LEXICON",
    os.path.join(ROOT, "..", "shared", "data", "ship", "vader", "vader_lexicon.txt")))


def analyzer():
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    class Analyzer(SentimentIntensityAnalyzer):
        # NLTK 3.8's parser fails on a blank line, and the shipped lexicon ends with a newline.
        def make_lex_dict(self):
            lex = {}
            for line in self.lexicon_file.split("\n"):
                if line.strip():
                    word, measure = line.strip().split("\t")[0:2]
                    lex[word] = float(measure)
            return lex

    if not os.path.isfile(LEXICON):
        sys.exit(f"nltk-vader: lexicon not found: {LEXICON} (set VADER_LEXICON)")
    # nltk.data.load needs a URL for an absolute path; "file:" keeps it from searching nltk_data.
    return Analyzer(lexicon_file="file:" + os.path.abspath(LEXICON))


def main(argv):
    if len(argv) < 2 or argv[1] not in ("check", "score", "lines"):
        sys.exit("usage: nltk-vader.py check | score FILE.jsonl | lines FILE")
    try:
        sia = analyzer()
    except ImportError as e:
        print(f"nltk-vader: NLTK is not available for {sys.executable}: {e} "
              "(install: apt-get install -y python3-nltk)", file=sys.stderr)
        return 2
    if argv[1] == "check":
        print(f"NLTK VADER ok: {len(sia.lexicon)} lexicon entries from {LEXICON}")
        return 0
    if len(argv) != 3:
        sys.exit(f"nltk-vader: {argv[1]} needs one FILE")
    out = sys.stdout
    with open(argv[2], encoding="utf-8", newline="\n") as f:
        if argv[1] == "score":
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                rec = json.loads(line)
                c = sia.polarity_scores(rec["text"])["compound"]
                out.write(f"{rec['id']}\t{c:.4f}\n")
        else:
            n = 0
            checksum = 0.0
            for line in f:
                checksum += sia.polarity_scores(line.rstrip("\r\n"))["compound"]
                n += 1
            out.write(f"lines {n} checksum {checksum:.4f}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
