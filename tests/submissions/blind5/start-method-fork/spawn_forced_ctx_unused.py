# LEARNER: "for Windows compatibility" calls multiprocessing.set_start_method('spawn', force=True)
# at the top, and makes ctx = get_context('fork') but never uses it: the child is made with
# multiprocessing.Process -> spawn, a fresh interpreter with its own number.
# FAIR GRADE: 7/10 -- fail "the forked child does not execute a new program" (1) and "the child
# sees the parent's number" (2). (Same as used_spawn in blind2, but reached through an unused
# context.)
import multiprocessing
import os, random

num = random.randint(0, 100)

def show():
    print('pid:%d, num is %d' % (os.getpid(), num))

if __name__ == '__main__':
    multiprocessing.set_start_method('spawn', force=True)
    ctx = multiprocessing.get_context('fork')
    print('pid:%d, num is %d' % (os.getpid(), num))
    p = multiprocessing.Process(target=show)
    p.start()
    p.join()
