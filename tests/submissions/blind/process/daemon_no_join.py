# Learner: daemon=True and no join: at exit the daemon child is terminated, perhaps
# before it printed (a race that only sometimes shows).
# Expected: loses the join check every run; if the child did not print, also the child's
# pid line; exit check: child killed by SIGTERM (lost) or exit 0 (a race). Grade may vary
# between runs because the program's behaviour does.
from multiprocessing import Process
import os


def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',), daemon=True)
    print('Process will start.')
    p.start()
    print('Process end.')
