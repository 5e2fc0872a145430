# Learner: wrote args=('test') (a string, not a tuple): the child calls run_proc('t','e','s','t')
# and dies with TypeError before printing anything (traceback on stderr, exit 1).
# Fair grade: the child exists and is joined, but never prints: fail "the child prints its
# own pid", "gets its argument", "after `Process will start.`", "`Process end.` after the
# child's line" (2) and "exit 0": about 5/11.
from multiprocessing import Process
import os


def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test'))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
