import json, glob, os, re, collections, sys
import sys
out = sys.argv[1] if len(sys.argv) > 1 else "/work/blind8/out"
rows = collections.OrderedDict()
for p in sorted(glob.glob(out + '/*.json')):
    b = os.path.basename(p)[:-5]
    a, f, label, k = b.split('__')
    try:
        d = json.load(open(p))
    except Exception as e:
        rows.setdefault((a, f, label), []).append(('ERR', None, str(e)[:60]))
        continue
    failed = [c['name'][:50] + ' :: ' + (c.get('message') or '')[:140] for c in d['checks'] if not c['passed']]
    cmd = d['tree'][0]['command'] if d.get('tree') else None
    rows.setdefault((a, f, label), []).append((d['score'], d['max_score'], failed, d.get('mistakes'), d.get('ending'), cmd))
for (a, f, label), rs in rows.items():
    scores = ' '.join(str(r[0]) for r in rs)
    print('%s/%s [%s]: %s / %s  ending=%s cmd=%s' % (a, f, label, scores, rs[0][1], rs[0][4], (rs[0][5] or [''])[0]))
    allf = set()
    for r in rs:
        if r[2] is not None:
            for x in r[2]: allf.add(x)
    for x in sorted(allf): print('     FAIL', x)
    if rs[0][3]: print('     mistakes', json.dumps(rs[0][3])[:300])
