# Learner: the parent prints os.getppid() (the shell's pid) instead of its own pid.
# Expected: loses only "the parent prints its own pid".
import os

pid = os.fork()
if pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
else:
    print('I (%s) just created a child process (%s).' % (os.getppid(), pid))
    os.wait()
