# Learner: Python 2 (print statement); Python 2's multiprocessing always forks on Linux,
# so no set_start_method (which Python 2 lacks). num drawn at module level.
# FAIR: 10/10.
import os
import random
from multiprocessing import Process

num = random.randint(0, 100)


def show():
    print 'pid:%s, num is %s' % (os.getpid(), num)


if __name__ == '__main__':
    show()
    p = Process(target=show)
    p.start()
    p.join()
