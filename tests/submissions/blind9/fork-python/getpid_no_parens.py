# Student: forgot the parentheses on os.getpid in the PARENT's line, so it prints
# "I (<built-in function getpid>) just created a child process (1234)."
# FAIR: 12/15: lose "the parent prints its own pid" (1) and "the pid the parent got from
# fork is the child's" (2); the report should say main's line did not match the expected
# line (ideally show it).
import os

pid = os.fork()
if pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
else:
    os.wait()
    print('I (%s) just created a child process (%s).' % (os.getpid, pid))
