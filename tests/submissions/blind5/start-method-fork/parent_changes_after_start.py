# LEARNER: the parent starts the child, then "updates" the global (num = num + 1) and prints its
# line after the join; the forked child printed the old value. The numbers differ by one.
# FAIR GRADE: 8/10 -- fail "the child sees the parent's number" (2): the printed numbers differ.
# (A teacher might argue the child DID see the parent's number at fork time, but the output
# contradicts the exercise's point.)
import multiprocessing as mp
import os, random

num = random.randint(0, 100)

def show():
    print('pid:%d, num is %d' % (os.getpid(), num))

if __name__ == '__main__':
    mp.set_start_method('fork')
    p = mp.Process(target=show)
    p.start()
    num = num + 1
    p.join()
    print('pid:%d, num is %d' % (os.getpid(), num))
