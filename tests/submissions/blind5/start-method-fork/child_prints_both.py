# LEARNER: the wrong process prints the parent's line: the child prints the parent's line
# (os.getppid()) and then its own; the parent prints nothing.
# FAIR GRADE: 7/10 -- fail "the parent prints its pid and number" (1) and "the child sees the
# parent's number" (2: main printed no number). Child made by parent, own pid, no exec, exit 0
# pass.
import multiprocessing as mp
import os, random

num = random.randint(0, 100)

def show():
    print('pid:%d, num is %d' % (os.getppid(), num))
    print('pid:%d, num is %d' % (os.getpid(), num))

if __name__ == '__main__':
    mp.set_start_method('fork')
    p = mp.Process(target=show)
    p.start()
    p.join()
