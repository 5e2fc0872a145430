# Learner: ends the child with sys.exit(3) "to signal it finished" (misreading exit codes).
# Fair grade: "the child ends by itself (exit 0), not killed or crashed" FAILS; every
# other check passes.
from multiprocessing import Process
import os
import sys


def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))
    sys.exit(3)


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
