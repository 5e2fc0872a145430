# Learner: daemon=True child and no join: main prints and returns at once; at exit
# multiprocessing terminates the daemon child, usually before it printed.
# Fair grade: the child never (or only by luck) prints and is killed: fail "the child
# prints its own pid", "sees the parent's number" and "ends by itself": about 5/10, and
# the same in every run.
import multiprocessing
import os
import random

num = random.randint(0, 100)


def show_num():
    print('pid:%d, num is %d' % (os.getpid(), num))


if __name__ == '__main__':
    multiprocessing.set_start_method('fork')
    print('pid:%d, num is %d' % (os.getpid(), num))
    p = multiprocessing.Process(target=show_num, daemon=True)
    p.start()
