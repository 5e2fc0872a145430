# Learner: child prints its line, then a typo raises NameError (exit 1, traceback on stderr).
# Expected: loses only "the child ends by itself (exit 0)".
import os

pid = os.fork()
if pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
    reslt = undefined_name + 1
else:
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
    os.wait()
