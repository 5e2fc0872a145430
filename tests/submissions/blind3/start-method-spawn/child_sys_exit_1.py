# Learner: the child ends with sys.exit(1) ("1 = success" confusion); spawn otherwise right.
# Fair grade: fail "the child ends by itself (exit 0)": 6.5/7.5.
import multiprocessing
import os
import random
import sys

num = random.randint(0, 100)


def show_num():
    print('pid:%s, num is %s' % (os.getpid(), num))
    sys.exit(1)


if __name__ == '__main__':
    multiprocessing.set_start_method('spawn')
    print('pid:%s, num is %s' % (os.getpid(), num))
    p = multiprocessing.Process(target=show_num)
    p.start()
    p.join()
