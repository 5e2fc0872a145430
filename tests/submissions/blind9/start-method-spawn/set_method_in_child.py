# Student: calls set_start_method('spawn') in the wrong place: inside the child's function,
# so the child is made with the default (fork) method.
# FAIR: 5/7: lose "the spawned child executes a new interpreter" (2).
import os
import random
import multiprocessing

num = random.randint(0, 100)


def show_num():
    multiprocessing.set_start_method('spawn', force=True)
    print('pid:{}, num is {}'.format(os.getpid(), num))


if __name__ == '__main__':
    print('pid:{}, num is {}'.format(os.getpid(), num))
    p = multiprocessing.Process(target=show_num)
    p.start()
    p.join()
