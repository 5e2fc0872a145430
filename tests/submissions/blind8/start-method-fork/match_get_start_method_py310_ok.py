# LEARNER: Python 3.10; set_start_method('fork', force=True), then `match
# multiprocessing.get_start_method():` to print a note "(using fork)", then the seed.
# TARGET: Python 3.10.
# FAIR: 10/10 (full; the extra note line is allowed).
import multiprocessing
import os
import random

num = random.randint(0, 100)


def show():
    print(f'pid:{os.getpid()}, num is {num}')


if __name__ == '__main__':
    multiprocessing.set_start_method('fork', force=True)
    match multiprocessing.get_start_method():
        case 'fork':
            print('(using fork)')
        case other:
            print(f'(using {other})')
    show()
    p = multiprocessing.Process(target=show)
    p.start()
    p.join()
