# Student: "fork returns twice" experiment left in: `for i in range(8): os.fork()` without
# checking the result, THEN the exercise. 2**8 = 256 processes each running the exercise:
# an accidental fork bomb (bounded). The grader's process limit (64) should stop it.
# FAIR: 0 or near 0 (no single child; many processes), ending "limit reached"; the grader
# must not hang and must leave nothing running.
import os

for i in range(8):
    os.fork()

pid = os.fork()
if pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
else:
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
    os.wait()
