# Learner: sys.stdout.write instead of print; the child then tries to "clean up" a file
# that is not there and dies with an uncaught exception (exit status 1).
# Fair grade: "the child ends by itself (exit 0)" FAILS; every other check passes.
import os
import sys

pid = os.fork()
if pid == 0:
    sys.stdout.write("I am child process (%d) and my parent is (%d).\n" % (os.getpid(), os.getppid()))
    os.remove("child-scratch.tmp")
else:
    sys.stdout.write("I (%d) just created a child process (%d).\n" % (os.getpid(), pid))
    os.wait()
