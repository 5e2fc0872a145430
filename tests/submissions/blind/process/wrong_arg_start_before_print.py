# Learner: passes args=('child',) and prints "Process will start." after p.start().
# Expected: loses "the child gets its argument" and "the child's line comes after
# `Process will start.`" (no ordering between them: a race; should fail every run since
# nothing orders them).
from multiprocessing import Process
import os


def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('child',))
    p.start()
    print('Process will start.')
    p.join()
    print('Process end.')
