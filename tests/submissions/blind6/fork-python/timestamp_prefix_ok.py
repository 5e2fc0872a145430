# Learner: a helper log() that prefixes every stdout line with a timestamp and the role,
# e.g. "07:31:02.123 [parent] I (P) just created a child process (C).", uses sys.stdout.write
# and flush; summary line "parent: child finished with exit code 0".
# FAIR GRADE: 16.5/16.5 (asked lines verbatim after a prefix; a strict teacher might take the
# format points: 15/16.5 acceptable).
import os
import sys
import time

def log(role, msg):
    t = time.strftime("%H:%M:%S")
    sys.stdout.write("%s [%s] %s\n" % (t, role, msg))
    sys.stdout.flush()

pid = os.fork()
if pid == 0:
    log("child", "I am child process (%d) and my parent is (%d)." % (os.getpid(), os.getppid()))
    sys.exit(0)
log("parent", "I (%d) just created a child process (%d)." % (os.getpid(), pid))
_, status = os.waitpid(pid, 0)
log("parent", "parent: child finished with exit code %d" % os.WEXITSTATUS(status))
