# LEARNER (WRONG under 3.6 only): writes "forking... " with sys.stdout.write and NO newline
# before os.fork, then waits correctly. Under Python 3.6 (even with PYTHONUNBUFFERED=1, the
# text layer still buffers) the child inherits "forking... " in its buffer and both processes
# print it: duplicated output. Under Python 3.7+ -u makes the text layer unbuffered: no copy.
# TARGET: Python 3.6 (also graded under 3.11).
# FAIR: under 3.6 15.5/16.5, fail "nothing is printed twice" (1) (it really printed twice);
# under 3.11 16.5/16.5. The "forking... " prefix also glues onto the first line printed
# after it in each process -- a teacher would accept the lines still.
import os
import sys

sys.stdout.write("forking... ")
pid = os.fork()
if pid == 0:
    print("I am child process (%d) and my parent is (%d)." % (os.getpid(), os.getppid()))
    sys.stdout.flush()
    os._exit(0)
print("I (%d) just created a child process (%d)." % (os.getpid(), pid))
os.waitpid(pid, 0)
