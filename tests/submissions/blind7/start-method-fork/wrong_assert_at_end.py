# Learner: right program, then `assert p.exitcode == 1, "child failed"` (thinks 1 means
# success) -> AssertionError in main at the very end.
# FAIR: 9/10 (format point only, the documented policy for a main ending in an exception).
import multiprocessing
import os
import random

num = random.randint(0, 100)


def show():
    print(f'pid:{os.getpid()}, num is {num}')


if __name__ == '__main__':
    multiprocessing.set_start_method('fork')
    show()
    p = multiprocessing.Process(target=show)
    p.start()
    p.join()
    assert p.exitcode == 1, "child failed"
