# Learner: the child prints its line and then "keeps working" (sleeps 10 s); the parent
# gets impatient: sleeps 0.5 s, terminate()s the child, joins it, prints `Process end.`.
# Fair grade: fail "the child ends by itself (exit 0), not killed or crashed": 10/11.
from multiprocessing import Process
import os
import time


def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))
    time.sleep(10)


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    time.sleep(0.5)
    p.terminate()
    p.join()
    print('Process end.')
