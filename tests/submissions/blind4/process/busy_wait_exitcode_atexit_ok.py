# Learner: busy-waits `while p.exitcode is None: pass` instead of join (exitcode polls
# waitpid WNOHANG, which reaps the child), and registers an atexit handler printing "Bye".
# Fair grade: full marks.
import atexit
import os
from multiprocessing import Process

def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))

atexit.register(lambda: print('Bye'))

if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    while p.exitcode is None:
        pass
    print('Process end.')
