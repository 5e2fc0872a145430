#!/usr/bin/env python3
import json, sys
for path in sys.argv[1:]:
    d = json.loads(open(path).read())
    print("==", path, d.get("score"), "/", d.get("max_score"), "ending:", json.dumps(d.get("ending"))[:200])
    for c in d["checks"]:
        print(f"  {c['status'].upper():8} [{c['score']}/{c['points']}] {c['name']}")
        if c['status'] != 'passed' or '-v' in sys.argv[0]:
            for l in (c.get('message') or '').splitlines():
                print("        ", l[:400])
    for k in ("mistakes",):
        if d.get(k): print("  mistakes:", json.dumps(d[k])[:1500])
    if d.get("tree"): print("  tree:", json.dumps(d["tree"])[:1500])
    if d.get("output"): print("  output:", json.dumps(d["output"])[:2500])
