# Student: correct program that also appends a line to a log file in the home directory
# (~/fork_lab.log), as their previous lab asked. Works on their machine.
# FAIR: full marks 16.5/16.5 (writing a log file is not forbidden by the assignment). If the
# grader's sandbox forbids it, the report should say so plainly.
import os
import time

LOG = os.path.expanduser('~/fork_lab.log')

pid = os.fork()
if pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
    os._exit(0)

print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
os.waitpid(pid, 0)
with open(LOG, 'a') as f:
    f.write('%s fork lab run, child %s\n' % (time.ctime(), pid))
