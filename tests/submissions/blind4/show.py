#!/usr/bin/env python3
import json, sys
for f in sys.argv[1:]:
    d = json.loads(open(f).read().split('\n#STDERR')[0].strip().splitlines()[-1])
    print('==', f, d['score'], '/', d['max_score'], d['ending'])
    for c in d['checks']:
        print(f"  {c['status'].upper():8} [{c['score']:g}/{c['points']:g}] {c['name']}")
        if c['status'] != 'passed' or '-v' in sys.argv[0:0]:
            print('        ', (c.get('message') or '')[:1500].replace('\n', '\n         '))
    print('  mistakes:', [m if isinstance(m, str) else m.get('kind', m) for m in d.get('mistakes', [])])
    out = d.get('output')
    if out:
        for o in out[:40]:
            print('   out:', o if isinstance(o, str) else json.dumps(o)[:200])
