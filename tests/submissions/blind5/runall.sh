#!/bin/bash
# usage: runall.sh assignment...
cd /work/blind5
for a in "$@"; do
  for f in $a/*; do echo "== $f"; ./grade.sh $a $f 3; done > .results/$a.log 2>&1
done
