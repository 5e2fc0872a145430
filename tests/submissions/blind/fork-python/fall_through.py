# Learner: no else: the child also runs the parent's print (with child pid 0).
# Expected: loses "only the parent prints the parent's line"; the rest passes.
import os

pid = os.fork()
if pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
if pid:
    os.waitpid(pid, 0)
