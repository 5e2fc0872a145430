# Learner: followed the other widely copied tutorial: "Process (N) start..." first, and
# "my parent is M." without parentheses; waits with os.waitpid and checks the status.
# Fair grade: every check passes (the yaml accepts this wording).
import os

print('Process (%s) start...' % os.getpid())
pid = os.fork()
if pid == 0:
    print('I am child process (%s) and my parent is %s.' % (os.getpid(), os.getppid()))
else:
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status)
