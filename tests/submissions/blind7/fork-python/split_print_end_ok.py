# Learner: builds each line with two prints: print(part1, end='') then print(part2).
# With PYTHONUNBUFFERED each print is its own write; the line is still whole per process.
# Correct behaviour and exact text.
# FAIR: 16.5/16.5.
import os

pid = os.fork()
if pid == 0:
    print("I am child process (%d)" % os.getpid(), end='')
    print(" and my parent is (%d)." % os.getppid())
else:
    print("I (%d) just created" % os.getpid(), end='')
    print(" a child process (%d)." % pid)
    os.wait()
