# Learner: "waits" for the child with time.sleep(1) instead of join().
# Fair grade: "`Process end.` comes after the child's line: join waits for the child"
# FAILS (it comes after only by timing); every other check passes.
from multiprocessing import Process
import os
import time


def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    time.sleep(1)
    print('Process end.')
