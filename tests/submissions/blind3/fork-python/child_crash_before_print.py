# Learner: the child computes something before printing and divides by zero (ZeroDivisionError
# traceback on stderr, exit 1); it never prints its line. The parent waits.
# Fair grade: fail "the child prints its own pid", "the child's ppid is its parent's pid" (2)
# and "the child ends by itself (exit 0)": about 10/14.5.
import os

pid = os.fork()
if pid == 0:
    tasks = []
    average = sum(tasks) / len(tasks)
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
else:
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
    os.wait()
