# Learner: target is a lambda (works with Linux's default start method, fork; it would
# fail to pickle under spawn). Otherwise the tutorial's program.
# Fair grade: full marks (11/11) on Linux.
import os
from multiprocessing import Process

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=lambda name: print('Run child process %s (%s)...' % (name, os.getpid())),
                args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
