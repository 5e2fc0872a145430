#!/usr/bin/env python3
"""summarize.py: per file, the 3 json runs' scores, max, ending, failed checks (+ messages)."""
import json, os, sys, glob
OUT = '/work/blind7/out'
rows = []
for rel in open('/work/blind7/files.txt').read().split():
    a, f = rel.split('/', 1)
    key = f'{a}__{f}'
    runs = []
    for k in (1, 2, 3):
        p = f'{OUT}/{key}.run{k}.json'
        try:
            d = json.loads(open(p).readline())
        except Exception as e:
            runs.append(None); continue
        fails = [(c['name'], c['score'], c['points'], c['message'].split('\n')[0]) for c in d['checks'] if not c['passed']]
        runs.append((d['score'], d['max_score'], d['ending'], [m['kind'] if isinstance(m, dict) and 'kind' in m else m for m in d['mistakes']], fails))
    rows.append((rel, runs))
for rel, runs in rows:
    scores = [r[0] if r else None for r in runs]
    mx = runs[0][1] if runs[0] else None
    same = len(set(scores)) == 1 and len(set(tuple(x[0] for x in r[4]) for r in runs if r)) == 1
    print(f'## {rel}: {scores} / {mx} {"" if same else "  <<< DIFFERS"}')
    r = runs[0]
    if r:
        print('   ending:', r[2], ' mistakes:', str(r[3])[:200])
        for n, s, p, m in r[4]:
            print(f'   FAIL [{s}/{p}] {n}: {m[:300]}')
