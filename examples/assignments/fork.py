# The tutorial's os.fork example, as a reference solution: the seed's lines, and the wait the
# seed leaves out, so that the child's getppid() is its parent's in every run.
import os

pid = os.fork()
if pid < 0:
    print('Fail to create process')
elif pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
else:
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
    os.waitpid(pid, 0)
