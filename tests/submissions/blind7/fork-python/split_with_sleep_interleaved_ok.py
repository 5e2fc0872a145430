# Learner: each process prints its line in two halves with a 0.1-s pause between
# (print(a, end='', flush=True); sleep; print(b)), so parent's and child's halves
# interleave in time on the shared stdout. Per process the lines are whole.
# FAIR: 16.5/16.5 (the grader reassembles lines per process).
import os
import time

pid = os.fork()
if pid == 0:
    print("I am child process (%d)" % os.getpid(), end="", flush=True)
    time.sleep(0.1)
    print(" and my parent is (%d)." % os.getppid())
    os._exit(0)
print("I (%d) just created" % os.getpid(), end="", flush=True)
time.sleep(0.1)
print(" a child process (%d)." % pid)
os.wait()
