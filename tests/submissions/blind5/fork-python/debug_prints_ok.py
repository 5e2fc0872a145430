# LEARNER: leaves debug lines in: "[debug] fork() returned 0" in the child and
# "[debug] fork() returned <pid>" in the parent, plus "[debug] parent done". The lines asked
# for are exact, the parent waits.
# FAIR GRADE: 16.5/16.5 (full; fork-python has no "only the assignment's lines" check).
import os

pid = os.fork()
print("[debug] fork() returned", pid)
if pid == 0:
    print("I am child process (%d) and my parent is (%d)." % (os.getpid(), os.getppid()))
    os._exit(0)
print("I (%d) just created a child process (%d)." % (os.getpid(), pid))
os.wait()
print("[debug] parent done")
