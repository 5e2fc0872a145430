# Learner: on Windows editor habits: uppercase "I AM CHILD PROCESS", trailing spaces and
# lines ended with "\r\n" (sys.stdout.write). Behaviour right (wait).
# FAIR: 15/16.5: format check fails only (case + spacing); all behaviour checks pass.
import os
import sys

pid = os.fork()
if pid == 0:
    sys.stdout.write("I AM CHILD PROCESS (%d) AND MY PARENT IS (%d).   \r\n" % (os.getpid(), os.getppid()))
    sys.stdout.flush()
else:
    sys.stdout.write("I (%d) just created a child process (%d).  \r\n" % (os.getpid(), pid))
    sys.stdout.flush()
    os.wait()
