# Learner: the seed program as printed, no wait in the parent.
# Fair grade: "the parent waits for its child" FAILS and "the child's ppid is its parent's
# pid" FAILS (needs the wait); the other checks pass.
import os

print('Process (%s) start...' % os.getpid())
pid = os.fork()
if pid < 0:
    print('Fail to create process')
elif pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
else:
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
