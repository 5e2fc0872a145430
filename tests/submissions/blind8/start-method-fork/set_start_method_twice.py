# LEARNER (WRONG): calls multiprocessing.set_start_method('fork') in __main__ AND again in a
# helper `make_child()` "to be sure": the second call raises RuntimeError: context has already
# been set. main crashes after printing its own num line; no child is started.
# TARGET: Python 3.11.
# FAIR: 1/10: only "the parent prints its pid and number" (1); the format point is lost too
# (crash).
import multiprocessing
import os
import random

num = random.randint(0, 100)


def show():
    print('pid:%d, num is %d' % (os.getpid(), num))


def make_child():
    multiprocessing.set_start_method('fork')
    return multiprocessing.Process(target=show)


if __name__ == '__main__':
    multiprocessing.set_start_method('fork')
    show()
    p = make_child()
    p.start()
    p.join()
