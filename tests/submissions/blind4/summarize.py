#!/usr/bin/env python3
"""Print file | scores of every stored run / max | ending, from results/*.json."""
import glob, json, os, re, collections
runs = collections.defaultdict(dict)
for f in glob.glob('results/*.json'):
    m = re.match(r'results/(.+?)__(.+)__run(\d+)\.json', f)
    a, name, k = m.group(1), m.group(2), int(m.group(3))
    try:
        d = json.loads(open(f).read().split('\n#STDERR')[0].strip().splitlines()[-1])
        runs[f'{a}/{name}'][k] = (d['score'], d['max_score'], d['ending'])
    except Exception as e:
        runs[f'{a}/{name}'][k] = ('ERR', 0, str(e))
for key in sorted(runs):
    r = runs[key]
    sc = ' '.join(f'{r[k][0]:g}' if r[k][0] != 'ERR' else 'ERR' for k in sorted(r))
    mx = max(v[1] for v in r.values())
    ends = sorted(set(v[2] for v in r.values()))
    print(f'{key}\t{sc} / {mx:g}\t{"; ".join(ends)}')
