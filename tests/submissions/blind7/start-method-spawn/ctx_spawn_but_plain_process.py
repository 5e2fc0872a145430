# Learner (WRONG): makes ctx = get_context('spawn') but then creates the child with
# multiprocessing.Process (the default context: fork on Linux/3.11). The child is forked.
# FAIR: 5.5/7.5: fails "the spawned child executes a new interpreter" (2); the rest passes.
import multiprocessing
import os
import random

num = random.randint(0, 100)


def show():
    print('pid:%s, num is %s' % (os.getpid(), num))


if __name__ == '__main__':
    ctx = multiprocessing.get_context('spawn')
    show()
    p = multiprocessing.Process(target=show)
    p.start()
    p.join()
