#!/bin/bash
# grade.sh FILE...  (paths relative to /work/blind7, e.g. pool/x.py): 3 json + 1 human runs
cd /work/scratch/snap || exit 1
for rel in "$@"; do
  a=${rel%%/*}; f=${rel#*/}; key="${a}__${f}"
  for k in 1 2 3; do
    nice /work/scratch/bin/procscen grade scenarios/assignments/$a.yaml /work/blind7/$rel --format json > /work/blind7/out/$key.run$k.json 2>/work/blind7/out/$key.run$k.err
  done
  nice /work/scratch/bin/procscen grade scenarios/assignments/$a.yaml /work/blind7/$rel --format human > /work/blind7/out/$key.human.txt 2>&1
  echo "done $rel"
done
