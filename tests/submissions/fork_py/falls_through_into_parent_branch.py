# wrong: no else, so the child falls through and prints the parent's line too (from a blind evaluation)
import os

pid = os.fork()
if pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
# mistake: no else, the child goes on and prints the parent's line too
print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
if pid:
    os.waitpid(pid, 0)
