# Learner: reaps the child with os.wait() instead of p.join() (from an os.fork tutorial).
# The wait returns only after the child ended, so `Process end.` is after the child's line.
# Fair grade: full marks.
import os
from multiprocessing import Process

def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    pid, status = os.wait()
    print('Process end.')
