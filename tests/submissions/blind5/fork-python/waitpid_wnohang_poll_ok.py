# LEARNER: polls os.waitpid(pid, os.WNOHANG) in a loop with a short sleep, printing nothing
# extra; the child sleeps 0.3 s before printing.
# FAIR GRADE: 16.5/16.5 (full).
import os
import time

pid = os.fork()
if pid == 0:
    time.sleep(0.3)
    print("I am child process (%d) and my parent is (%d)." % (os.getpid(), os.getppid()))
    os._exit(0)
print("I (%d) just created a child process (%d)." % (os.getpid(), pid))
while True:
    done, status = os.waitpid(pid, os.WNOHANG)
    if done == pid:
        break
    time.sleep(0.05)
