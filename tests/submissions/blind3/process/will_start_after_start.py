# Learner: prints `Process will start.` after p.start() (a race with the child's line; in
# most runs the parent still prints first).
# Fair grade: fail "the child's line comes after `Process will start.`": 10/11, in every run.
from multiprocessing import Process
import os


def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    p.start()
    print('Process will start.')
    p.join()
    print('Process end.')
