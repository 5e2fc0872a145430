# Learner (WRONG): uses get_context('forkserver') ("it's a kind of fork, and safer"); the
# child is forked by the fork server, which imports the module afresh, so the child draws its
# own number. Debug line "DEBUG: using forkserver".
# FAIR GRADE: 7/10 (fails "the child is made by the parent" directly (1) and "the child sees
# the parent's number" (2)).
import os
import random
import multiprocessing as mp

num = random.randint(0, 100)

def show():
    print('pid:%d, num is %d' % (os.getpid(), num))

if __name__ == '__main__':
    print('DEBUG: using forkserver')
    ctx = mp.get_context('forkserver')
    show()
    p = ctx.Process(target=show)
    p.start()
    p.join()
