#!/bin/bash
# usage: grade.sh <assignment> <file> [runs]
a=$1; f=$2; n=${3:-3}
cd /work/scratch/snap
out=/work/blind5/.results/$a/$(basename $f)
mkdir -p $(dirname $out)
:
for i in $(seq 1 $n); do
  nice /work/scratch/bin/procscen grade scenarios/assignments/$a.yaml /work/blind5/$a/$(basename $f) --format json > $out.x$i.json 2> $out.x$i.err
  python3 - $out.x$i.json >> $out.scores.extra <<'PY'
import json,sys
d=json.loads(open(sys.argv[1]).read().splitlines()[0])
fails=[c['name'] for c in d.get('checks',[]) if not c.get('passed')]
print(d.get('score'), '/', d.get('max_score'), '|', d.get('ending', ''), '| FAIL:', '; '.join(fails))
PY
done
cat $out.scores.extra
