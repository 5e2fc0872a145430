# Learner (WRONG): Python 2 syntax (print statements) with set_start_method('spawn'),
# which Python 2 does not have: AttributeError in main after its own line.
# FAIR: low: main prints its line (1); no child: the rest fails; ~1/7.5.
import multiprocessing
import os
import random

num = random.randint(0, 100)


def show():
    print 'pid:%s, num is %s' % (os.getpid(), num)


if __name__ == '__main__':
    show()
    multiprocessing.set_start_method('spawn')
    p = multiprocessing.Process(target=show)
    p.start()
    p.join()
