# Learner: printed the value fork returned in both branches, believing it is "my pid":
# the child prints "(0)" as its own pid.
# Fair grade: "the child prints its own pid" FAILS; everything else passes (the parent's
# line and wait are right, the child's ppid is right).
import os

pid = os.fork()
if pid == 0:
    print("I am child process ({}) and my parent is ({}).".format(pid, os.getppid()))
else:
    print("I ({}) just created a child process ({}).".format(os.getpid(), pid))
    os.waitpid(pid, 0)
