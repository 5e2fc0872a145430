"""Grades every blind2 submission 3 times with the prebuilt bin/procscen (JSON output) and
prints one TSV row per run: the table grades.tsv was made with

    cd <worktree> && python3 tests/submissions/blind2/grade_all.py > tests/submissions/blind2/grades.tsv

Give assignment folder names as arguments to grade only those."""
import json
import os
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
HERE = os.path.dirname(os.path.abspath(__file__))
RUNS = 3

print('assignment\tfile\trun\tscore\tmax\tending\tchecks not passed '
      '(status=name(score/points): first line of message)')
for a in sorted(os.listdir(HERE)):
    if not os.path.isdir(os.path.join(HERE, a)) or (sys.argv[1:] and a not in sys.argv[1:]):
        continue
    for f in sorted(os.listdir(os.path.join(HERE, a))):
        sub = os.path.join('tests/submissions/blind2', a, f)
        for run in range(1, RUNS + 1):
            r = subprocess.run(['nice', os.path.join(ROOT, 'bin/procscen'), 'grade',
                                'scenarios/assignments/%s.yaml' % a, sub, '--format', 'json'],
                               cwd=ROOT, capture_output=True, text=True)
            j = json.loads(r.stdout.strip().splitlines()[-1])
            bad = ['%s=%s(%s/%s): %s' % (c['status'], c['name'], c['score'], c['points'],
                                         c['message'].splitlines()[0][:160])
                   for c in j['checks'] if c['status'] != 'passed']
            print('\t'.join([a, f, str(run), str(j['score']), str(j['max_score']), j['ending'],
                             ' | '.join(bad)]), flush=True)
