# LEARNER (WRONG): daemon=True child, main does time.sleep(0.5) instead of join and prints
# `Process end.`; the child prints its line at once, then sleeps 2 s (pretending to work)
# and is terminated when main exits.
# TARGET: Python 3.9.
# FAIR: 8/11: fail "`Process end.` comes after the child's line: join waits for the child" (2)
# and "the child ends by itself (exit 0), not killed" (1).
from multiprocessing import Process
import os
import time


def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))
    time.sleep(2)


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    p.daemon = True
    print('Process will start.')
    p.start()
    time.sleep(0.5)
    print('Process end.')
