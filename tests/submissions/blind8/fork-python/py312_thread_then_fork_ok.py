# LEARNER: starts a "progress" thread (daemon, just sleeps) before os.fork; otherwise a
# correct fork + os.wait(). On Python 3.12+ os.fork() in a multi-threaded process prints a
# DeprecationWarning (two lines: the warning and the quoted source line) to stderr.
# TARGET: Python 3.12 (also graded under 3.11, where no warning is printed).
# FAIR: 16.5/16.5 under both (the warning is the interpreter's, not a line of the
# assignment; the program does everything asked).
import os
import threading
import time

t = threading.Thread(target=time.sleep, args=(2,), daemon=True)
t.start()

pid = os.fork()
if pid == 0:
    print("I am child process (%d) and my parent is (%d)." % (os.getpid(), os.getppid()))
    os._exit(0)
print("I (%d) just created a child process (%d)." % (os.getpid(), pid))
os.wait()
