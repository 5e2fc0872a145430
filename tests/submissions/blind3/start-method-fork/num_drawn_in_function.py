# Learner: draws the number inside show_num() (called by both parent and child), not at
# module level: under fork each process draws its own number.
# Fair grade: fail "the child sees the parent's number": 8/10 (in the rare run where the
# two draws agree the check would pass by chance; a fair grade fails it every time).
import multiprocessing
import os
import random


def show_num():
    num = random.randint(0, 100)
    print('pid:%s, num is %s' % (os.getpid(), num))


if __name__ == '__main__':
    multiprocessing.set_start_method('fork')
    show_num()
    p = multiprocessing.Process(target=show_num)
    p.start()
    p.join()
