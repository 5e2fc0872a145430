# LEARNER: writes Python-2-compatible code (from __future__ import print_function, %-formatting,
# no f-strings), reaps the child with os.waitpid(pid, 0), child leaves with os._exit(0).
# FAIR GRADE: 16.5/16.5 (full). No check should fail.
from __future__ import print_function
import os
import sys

pid = os.fork()
if pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
    sys.stdout.flush()
    os._exit(0)
else:
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
    os.waitpid(pid, 0)
