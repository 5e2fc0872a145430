# LEARNER: prints a timestamp line "started at <utcnow>" first (3.12: DeprecationWarning to
# stderr before any fork), then the seed with os.wait(); print(..., flush=True) everywhere.
# TARGET: Python 3.12 (also graded under 3.11).
# FAIR: 16.5/16.5 under both.
import datetime
import os

print("started at", datetime.datetime.utcnow().isoformat(), flush=True)
pid = os.fork()
if pid == 0:
    print("I am child process (%d) and my parent is (%d)." % (os.getpid(), os.getppid()), flush=True)
    os._exit(0)
print("I (%d) just created a child process (%d)." % (os.getpid(), pid), flush=True)
os.wait()
