# LEARNER: concurrent.futures.ProcessPoolExecutor(max_workers=1,
# mp_context=get_context('fork')) (mp_context is 3.7+): the worker (a forked child of main)
# prints the line; main prints first, waits for result().
# TARGET: Python 3.7.
# FAIR: 10/10 (full: a forked child of main sees the parent's number).
import concurrent.futures
import multiprocessing
import os
import random

num = random.randint(0, 100)


def show():
    print('pid:{}, num is {}'.format(os.getpid(), num))


if __name__ == '__main__':
    show()
    with concurrent.futures.ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context('fork')) as ex:
        ex.submit(show).result()
