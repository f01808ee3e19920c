#!/usr/bin/env python3
"""Writes a JSONL corpus of random words, the shape of issue 17's memory reproduction.

Usage: make-random-corpus.py OUT.jsonl DOCUMENTS VOCABULARY [SEED]

Words are drawn uniformly from a vocabulary of random lower-case strings (3 to 9 letters), about
450 to a document, so 20,000 documents from a vocabulary of 650,000 give about 57 MB with about
636,000 distinct words: a corpus whose vocabulary, not its text, is what grows. Every document has
an id and a date (spread over 2020-2024), and every fifth sentence names a day ("on March 3,
2011"), so the sorted timeline has about six rows a document to hold and sort.
"""
import random
import sys

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def main():
    out, documents, vocabulary = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 17)
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = list({"".join(rng.choices(letters, k=rng.randint(3, 9))) for _ in range(vocabulary)})
    words.sort()
    rng.shuffle(words)
    with open(out, "w", encoding="utf-8") as f:
        for d in range(documents):
            n = rng.randint(300, 420)
            picked = rng.choices(words, k=n)
            sentences = []
            for i in range(0, n, 15):
                sentences.append(" ".join(picked[i:i + 15]).capitalize() + ".")
            for at in range(len(sentences) - 1, 0, -5):
                year = rng.randint(2000, 2024)
                sentences.insert(at, f"It happened on {MONTHS[rng.randint(0, 11)]} {rng.randint(1, 28)}, {year}.")
            date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            f.write('{"id":"d%d","date":"%s","text":"%s"}\n' % (d, date, " ".join(sentences)))


if __name__ == "__main__":
    main()
