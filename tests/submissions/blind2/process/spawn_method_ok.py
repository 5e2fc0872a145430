# Learner: set the start method to spawn ("safer on all platforms", read on a blog).
# Fair grade: every check passes (full marks): the child is still made by the parent and
# joined.
import multiprocessing as mp
import os


def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    mp.set_start_method('spawn')
    print('Parent process %s.' % os.getpid())
    p = mp.Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
