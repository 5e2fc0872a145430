import json,sys
d=json.loads(open(sys.argv[1]).readline())
print('score',d['score'],'/',d['max_score'],d['ending'])
for c in d['checks']:
  if not c['passed']: print(' -',c['name'],'::',c['message'][:600])
print(' mistakes:',[ (m.get('kind') or m) for m in d['mistakes']] if d['mistakes'] else [])
for o in d['output']: print('   ',o['process'],o['stream'][:3],o.get('pattern'),'|',o['text'][:120])
for t in d['tree']: print('   tree',t['role'],t['parent'],t['ending'],(t['command'] or [''])[-1][:60] if t['command'] else '')
