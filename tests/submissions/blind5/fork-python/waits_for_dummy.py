# LEARNER: forks the real child, then forks a second "helper" child that does nothing and exits
# at once, and waits only for that helper (os.waitpid(helper, 0)). The real child sleeps 0.5 s,
# so the parent is gone before it prints: its getppid() is not the parent.
# FAIR GRADE: 13.5/16.5 -- fail "the parent waits for its child" (1) and the ppid check (2).
# (A strict teacher could also take the count check for the extra child; a silent helper that
# only exits should not be the "child".)
import os
import time

pid = os.fork()
if pid == 0:
    time.sleep(0.5)
    print("I am child process (%d) and my parent is (%d)." % (os.getpid(), os.getppid()))
    os._exit(0)
print("I (%d) just created a child process (%d)." % (os.getpid(), pid))
helper = os.fork()
if helper == 0:
    os._exit(0)
os.waitpid(helper, 0)
