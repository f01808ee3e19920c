#!/usr/bin/env python3
"""timeline-errors.py GOLD_DIR SYSTEM_DIR [WORD]

Error listing for timeline development: every relaxed pair whose value differs, every miss and
every spurious expression, with the document date and ~70 characters of context either side,
grouped by a pattern (the expression's words with digits, month and weekday names generalised).
With WORD, only rows whose gold or system text contains it (case-insensitive). Also counts, per
pattern, how often the values agreed, so that a change can be weighed against what already works.
Pairs are made as in timeline-score.py (which this reads its parser from).
"""
import collections
import importlib.util
import os
import re
import sys

spec = importlib.util.spec_from_file_location('score', os.path.join(os.path.dirname(__file__), 'timeline-score.py'))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

MONTHS = r'(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)'
DAYS = r'(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
DCT = re.compile(r'functionInDocument="CREATION_TIME"[^>]*value="([^"]*)"|value="([^"]*)"[^>]*functionInDocument="CREATION_TIME"')


def pattern(text):
    t = re.sub(MONTHS, 'MONTH', text, flags=re.I)
    t = re.sub(DAYS, 'WEEKDAY', t, flags=re.I)
    t = re.sub(r'\d+', 'N', t)
    return t.lower()


def main():
    gold_dir, sys_dir = sys.argv[1:3]
    word = sys.argv[3].lower() if len(sys.argv) > 3 else None
    groups = collections.defaultdict(list)
    agreed = collections.Counter()
    for name in sorted(f for f in os.listdir(gold_dir) if f.endswith('.tml')):
        text, gold = score.parse(os.path.join(gold_dir, name))
        _, found = score.parse(os.path.join(sys_dir, name))
        with open(os.path.join(gold_dir, name), encoding='utf-8') as f:
            m = DCT.search(f.read())
        dct = (m.group(1) or m.group(2)) if m else ''

        def ctx(a, b):
            return (text[max(0, a - 70):a] + '[' + text[a:b] + ']' + text[b:b + 70]).replace('\n', ' ')

        used, matched = set(), set()
        for si, s in enumerate(found):
            for gi, g in enumerate(gold):
                if gi not in used and s[0] < g[1] and g[0] < s[1]:
                    used.add(gi)
                    matched.add(si)
                    if s[3] == g[3]:
                        agreed[pattern(text[s[0]:s[1]])] += 1
                    else:
                        groups[pattern(text[g[0]:g[1]])].append(('VALUE', name, dct, text[g[0]:g[1]], g[2], g[3], text[s[0]:s[1]], s[2], s[3], ctx(g[0], g[1])))
                    break
        for gi, g in enumerate(gold):
            if gi not in used:
                groups[pattern(text[g[0]:g[1]])].append(('MISSED', name, dct, text[g[0]:g[1]], g[2], g[3], '', '', '', ctx(g[0], g[1])))
        for si, s in enumerate(found):
            if si not in matched:
                groups[pattern(text[s[0]:s[1]])].append(('SPURIOUS', name, dct, '', '', '', text[s[0]:s[1]], s[2], s[3], ctx(s[0], s[1])))
    for key, rows in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        if word and not any(word in (r[3] + ' ' + r[6]).lower() for r in rows):
            continue
        print(f'== {key}: {len(rows)} errors, {agreed[key]} agreed')
        for r in rows:
            print('  ' + '\t'.join(r))


if __name__ == '__main__':
    main()
