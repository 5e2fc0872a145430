# Learner: child sleeps long; parent join(timeout) then terminate() then join.
# Expected: loses only "the child ends by itself (exit 0), not killed" (SIGTERM).
from multiprocessing import Process
import os
import time


def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))
    time.sleep(60)


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join(0.5)
    p.terminate()
    p.join()
    print('Process end.')
