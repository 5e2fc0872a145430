# LEARNER: the seed with set_start_method('spawn') in the __main__ guard, f-strings,
# run from a venv (sys.executable is the venv's python3).
# TARGET: Python 3.12 venv (also graded under 3.6 and as an ordinary user).
# FAIR: 7.5/7.5 (full).
import multiprocessing
import os
import random

num = random.randint(0, 100)


def show():
    print(f'pid:{os.getpid()}, num is {num}')


if __name__ == '__main__':
    multiprocessing.set_start_method('spawn')
    show()
    p = multiprocessing.Process(target=show)
    p.start()
    p.join()
