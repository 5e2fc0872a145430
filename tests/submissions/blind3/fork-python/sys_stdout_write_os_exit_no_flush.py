# Learner: writes with sys.stdout.write (no flush) and ends the child with os._exit(0).
# Outside the grader (stdout a pipe, block-buffered) the child's line would be lost in its
# buffer; the assignment runs with PYTHONUNBUFFERED=1, where it is written at once.
# Fair grade: full marks under the assignment's environment (a remark on flushing).
import os
import sys

pid = os.fork()
if pid == 0:
    sys.stdout.write("I am child process (%d) and my parent is (%d).\n" % (os.getpid(), os.getppid()))
    os._exit(0)
sys.stdout.write("I (%d) just created a child process (%d).\n" % (os.getpid(), pid))
os.waitpid(pid, 0)
