# Learner: the child writes its line with os.write on fd 1; the child is a daemon process
# but is joined anyway; .join(timeout=10).
# Fair grade: every check passes (full marks).
from multiprocessing import Process
import os


def run_proc(name):
    os.write(1, ('Run child process %s (%s)...\n' % (name, os.getpid())).encode())


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',), daemon=True)
    print('Process will start.')
    p.start()
    p.join(timeout=10)
    print('Process end.')
