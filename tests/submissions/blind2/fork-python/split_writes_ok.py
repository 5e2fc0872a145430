# Learner: builds each line with several print(..., end='') / multi-argument print calls
# (sep=''); under PYTHONUNBUFFERED each piece is its own write().
# Fair grade: every check passes (the text of each line is exactly the assignment's).
import os

pid = os.fork()
if pid == 0:
    print('I am child process (', os.getpid(), ')', sep='', end='')
    print(' and my parent is (', os.getppid(), ').', sep='')
else:
    print('I (', os.getpid(), ') just created a child process (', pid, ').', sep='')
    os.wait()
