#!/usr/bin/env python3
"""timeline-score.py GOLD_DIR SYSTEM_DIR [--errors N]

Our scorer of the TempEval-3 temporal-expression measures, for TimeML files of the same names.

Text: the content of <TEXT>...</TEXT> with every tag removed and XML entities decoded. Expressions:
the TIMEX3 elements inside TEXT (the DCT sits in the header and is not scored). Offsets are
character (code point) offsets into that text.

  strict match   a system and a gold expression with exactly the same extent [start, end)
  relaxed match  a system and a gold expression whose extents overlap by at least one character;
                 pairs are made one-to-one, in text order, so one gold expression matches at most
                 one system expression and vice versa
  P, R, F1       P = matches / system expressions, R = matches / gold expressions, F1 = 2PR/(P+R),
                 summed over all files (micro average), for strict and for relaxed matches
  type accuracy  of the relaxed matches, the share with the same type (DATE/TIME/DURATION/SET)
  value accuracy of the relaxed matches, the share with the same value
  type F1, value F1  as relaxed F1, counting only relaxed matches whose type (value) is equal:
                 this is TempEval-3's "value F1", its measure of normalisation
  round trip     the system file's text must equal the gold file's text exactly

Values are compared as written, except that ISO week numbers are read with two digits: the
AQUAINT gold writes 2000-W7 for the week TimeML and ISO 8601 write 2000-W07.

Exit 1 if a system file is missing or a text differs.
"""
import html
import os
import re
import sys

WEEK = re.compile(r'-W(\d)(?!\d)')
TAG = re.compile(r'<(/?)([A-Za-z0-9_]+)([^>]*)>')
ATTR = re.compile(r'(\w+)="([^"]*)"')


def parse(path):
    with open(path, encoding='utf-8') as f:
        xml = f.read()
    a = xml.index('<TEXT>') + len('<TEXT>')
    b = xml.rindex('</TEXT>')
    body = xml[a:b]
    text = []
    length = 0
    timexes = []
    open_timex = None
    pos = 0
    for m in TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        text.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(2) == 'TIMEX3':
            if m.group(1) == '':
                open_timex = (length, dict(ATTR.findall(m.group(3))))
            elif open_timex is not None:
                start, attrs = open_timex
                value = WEEK.sub(r'-W0\1', attrs.get('value', ''))
                timexes.append((start, length, attrs.get('type', ''), value, attrs.get('mod', '')))
                open_timex = None
    chunk = html.unescape(body[pos:])
    text.append(chunk)
    return ''.join(text), timexes


def f1(p, r):
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def main():
    args = sys.argv[1:]
    errors = 0
    if '--errors' in args:
        i = args.index('--errors')
        errors = int(args[i + 1])
        del args[i:i + 2]
    gold_dir, sys_dir = args
    n_gold = n_sys = strict = relaxed = same_type = same_value = 0
    problems = 0
    shown = []
    files = sorted(f for f in os.listdir(gold_dir) if f.endswith('.tml'))
    for name in files:
        gold_text, gold = parse(os.path.join(gold_dir, name))
        sys_path = os.path.join(sys_dir, name)
        if not os.path.exists(sys_path):
            print(f'missing system file: {sys_path}', file=sys.stderr)
            problems += 1
            continue
        sys_text, found = parse(sys_path)
        if sys_text != gold_text:
            print(f'text differs: {name}', file=sys.stderr)
            problems += 1
        n_gold += len(gold)
        n_sys += len(found)
        gold_spans = {(g[0], g[1]) for g in gold}
        strict += sum(1 for s in found if (s[0], s[1]) in gold_spans)
        used = set()
        matched_sys = set()
        for si, s in enumerate(found):
            for gi, g in enumerate(gold):
                if gi not in used and s[0] < g[1] and g[0] < s[1]:
                    used.add(gi)
                    matched_sys.add(si)
                    relaxed += 1
                    same_type += s[2] == g[2]
                    same_value += s[3] == g[3]
                    if s[3] != g[3] or (s[0], s[1]) != (g[0], g[1]):
                        shown.append(('MISMATCH', name, gold_text[g[0]:g[1]], g[2], g[3], gold_text[s[0]:s[1]], s[2], s[3]))
                    break
        for gi, g in enumerate(gold):
            if gi not in used:
                shown.append(('MISSED', name, gold_text[g[0]:g[1]], g[2], g[3], '', '', ''))
        for si, s in enumerate(found):
            if si not in matched_sys:
                shown.append(('SPURIOUS', name, '', '', '', gold_text[s[0]:s[1]], s[2], s[3]))

    def prf(c):
        p = c / n_sys if n_sys else 0.0
        r = c / n_gold if n_gold else 0.0
        return p, r, f1(p, r)

    print(f'files {len(files)}  gold {n_gold}  system {n_sys}')
    for label, c in (('strict', strict), ('relaxed', relaxed), ('type', same_type), ('value', same_value)):
        p, r, f = prf(c)
        print(f'{label:8s} P {p:.4f}  R {r:.4f}  F1 {f:.4f}')
    print(f'type accuracy  {same_type / relaxed if relaxed else 0:.4f}')
    print(f'value accuracy {same_value / relaxed if relaxed else 0:.4f}')
    print(f'round trip     {"identical" if problems == 0 else str(problems) + " problem(s)"}')
    for row in shown[:errors]:
        print('\t'.join(row))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
