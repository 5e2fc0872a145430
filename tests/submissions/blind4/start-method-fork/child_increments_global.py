# Learner: "to prove the child has its own copy" the child does `num += 1` before printing;
# the child therefore prints the parent's number plus one.
# Fair grade: fail "the child sees the parent's number" (2): ~8/10.
import os
import random
from multiprocessing import Process, set_start_method

num = random.randint(0, 100)

def show():
    global num
    num += 1
    print('pid:%s, num is %s' % (os.getpid(), num))

if __name__ == '__main__':
    set_start_method('fork')
    print('pid:%s, num is %s' % (os.getpid(), num))
    p = Process(target=show)
    p.start()
    p.join()
