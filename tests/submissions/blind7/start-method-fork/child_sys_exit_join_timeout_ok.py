# Learner: child ends with an explicit sys.exit(0), parent join(timeout=10); module-level
# num; get_context('fork').
# FAIR: 10/10.
import os
import random
import sys
import multiprocessing

num = random.randint(0, 100)


def show():
    print('pid:{}, num is {}'.format(os.getpid(), num))
    sys.exit(0)


if __name__ == '__main__':
    ctx = multiprocessing.get_context('fork')
    print('pid:{}, num is {}'.format(os.getpid(), num))
    p = ctx.Process(target=show)
    p.start()
    p.join(timeout=10)
