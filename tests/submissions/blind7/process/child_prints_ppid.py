# Learner (WRONG): the child prints os.getppid() instead of os.getpid() ("the parent's
# pid shows it's the child"): "Run child process test (<main>)...".
# FAIR: 10/11: fails only "the child prints its own pid".
from multiprocessing import Process
import os


def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getppid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    print('Process will start.')
    p.start()
    p.join()
    print('Process end.')
