# Learner: used set_start_method('forkserver') ("also makes a fresh process") in the spawn
# exercise. The child is forked from the fork server: it does not execute a new interpreter
# itself, and the module-level number it shows is the fork server's draw.
# Fair grade: fail "the spawned child executes a new interpreter, which imports the module
# again": 5.5/7.5.
import multiprocessing as mp
import os
import random

num = random.randint(0, 100)


def show_num():
    print('pid:%s, num is %s' % (os.getpid(), num))


if __name__ == '__main__':
    mp.set_start_method('forkserver')
    print('pid:%s, num is %s' % (os.getpid(), num))
    p = mp.Process(target=show_num)
    p.start()
    p.join()
