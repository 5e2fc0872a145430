#!/usr/bin/env python3
"""grade.py N path... : grade each /work/blind4/<assignment>/<file> N times, save JSON,
print one summary row per file (scores of each run, and non-passed checks of run 1)."""
import json, os, subprocess, sys
N = int(sys.argv[1]); S = int(os.environ.get("START", "1"))
B = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(B, '..', '..', '..'))
for path in sys.argv[2:]:
    path = os.path.abspath(path)
    assign = os.path.basename(os.path.dirname(path))
    name = os.path.basename(path)
    scores = []
    fails = {}
    for k in range(S, S + N):
        p = subprocess.run(['nice', os.environ.get('PROCSCEN', os.path.join(ROOT, 'target', 'release', 'procscen')), 'grade',
                            f'scenarios/assignments/{assign}.yaml', path, '--format', 'json'],
                           cwd=os.environ.get('SCEN', ROOT), capture_output=True, text=True)
        out = f'{B}/results/{assign}__{name}__run{k}.json'
        with open(out, 'w') as f:
            f.write(p.stdout)
            if p.stderr:
                f.write('\n#STDERR\n' + p.stderr)
        try:
            d = json.loads(p.stdout.strip().splitlines()[-1])
        except Exception as e:
            scores.append(f'ERR(rc={p.returncode})')
            continue
        scores.append(f"{d['score']:g}")
        mx = d['max_score']
        for c in d['checks']:
            if c['status'] != 'passed':
                fails.setdefault((c['name'], c['status']), []).append(k)
        end = d.get('ending')
    print(f"{assign}/{name}\t{' '.join(scores)} / {mx:g}\t{end}")
    for (n, s), ks in fails.items():
        print(f"    {s} runs{ks}: {n}")
    sys.stdout.flush()
