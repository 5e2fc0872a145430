# Learner: did not use os.fork at all: starts a new Python interpreter with subprocess.Popen
# that prints the child line, prints the parent line with Popen's pid, then waits.
# Fair grade: the lesson (fork returns twice; the child is a copy of the parent) is missed;
# the pids are real and it waits. A teacher docks a good part (about 7-10/14.5); the checks
# may not tell it from a fork (no check looks at exec).
import os
import subprocess
import sys

code = ("import os; print('I am child process (%d) and my parent is (%d).' "
        "% (os.getpid(), os.getppid()))")
p = subprocess.Popen([sys.executable, "-c", code])
print("I (%d) just created a child process (%d)." % (os.getpid(), p.pid))
p.wait()
