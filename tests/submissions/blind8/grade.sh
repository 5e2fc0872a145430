#!/bin/bash
# usage: grade.sh ASSIGNMENT FILE LABEL PATHPREFIX NJSON [human]
a=$1; f=$2; label=$3; pp=$4; n=$5; human=$6
out=/work/blind8/out; base=$(basename $f); base=${base%.*}
cd /work/scratch/snap
for k in $(seq 1 $n); do
  PATH=$pp:$PATH nice /work/scratch/bin/procscen grade scenarios/assignments/$a.yaml /work/blind8/$a/$f --format json > $out/${a}__${base}__${label}__$k.json 2> $out/${a}__${base}__${label}__$k.err
done
if [ -n "$human" ]; then
  PATH=$pp:$PATH nice /work/scratch/bin/procscen grade scenarios/assignments/$a.yaml /work/blind8/$a/$f --format human > $out/${a}__${base}__${label}__human.txt 2>&1
fi
