#!/bin/bash
# usage: grade.sh RUNTAG file...   (files relative to /work/blind9)
tag=$1; shift
cd /work/scratch/snap
for f in "$@"; do
  a=${f%%/*}
  o=/work/blind9/out/${f//\//__}.$tag.txt
  s=$(date +%s.%N)
  timeout 120 nice /work/scratch/bin/procscen grade scenarios/assignments/$a.yaml /work/blind9/$f > $o 2>&1
  echo "exit=$? wall=$(echo "$(date +%s.%N) - $s" | bc)" >> $o
done
