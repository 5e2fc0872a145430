# The tutorial's start-method example, as a reference solution: a module-level random
# number. Under fork the child inherits the parent's number; under spawn the module is
# imported again in the child, which draws a number of its own.
import multiprocessing
import os
import random
import sys

num = random.randint(0, 10**9)


def child():
    print('child (%s) sees num = %s' % (os.getpid(), num))


if __name__ == '__main__':
    multiprocessing.set_start_method(sys.argv[1])
    print('parent (%s) has num = %s' % (os.getpid(), num))
    p = multiprocessing.Process(target=child)
    p.start()
    p.join()
