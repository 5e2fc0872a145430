# LEARNER (WRONG): calls set_start_method('spawn', force=True) AFTER p.start() (then prints
# and joins): the child was already forked with the default method (fork on Linux).
# TARGET: Python 3.9.
# FAIR: 5.5/7.5: fail "the spawned child executes a new interpreter" (2).
import multiprocessing
import os
import random

num = random.randint(0, 100)


def show():
    print('pid:%d, num is %d' % (os.getpid(), num))


if __name__ == '__main__':
    show()
    p = multiprocessing.Process(target=show)
    p.start()
    multiprocessing.set_start_method('spawn', force=True)
    p.join()
