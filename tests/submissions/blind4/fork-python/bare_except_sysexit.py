# Learner: wraps everything in try/except with a bare `except:`; the child's sys.exit(0)
# raises SystemExit, which the bare except catches, so the child prints
# "Something went wrong" and then runs on to the code after the try: the final
# os.wait() (ChildProcessError, uncaught now) -> the child exits 1.
# Fair grade: fail "the child ends by itself (exit 0)" (1): ~15.5/16.5.
import os
import sys

try:
    pid = os.fork()
    if pid == 0:
        print("I am child process ({}) and my parent is ({}).".format(os.getpid(), os.getppid()))
        sys.exit(0)
    print("I ({}) just created a child process ({}).".format(os.getpid(), pid))
except:
    print("Something went wrong")
os.wait()
