# LEARNER: "to be random" the child calls random.seed() and draws num again (global num =
# random.randint(0, 100)) before printing: it shows a new number, not the inherited one.
# FAIR GRADE: 8/10 -- fail "the child sees the parent's number" (2). (1 time in 101 the numbers
# agree by chance; the grade may then be 10 -- note it if it happens.)
import multiprocessing as mp
import os, random

num = random.randint(0, 100)

def show():
    global num
    random.seed()
    num = random.randint(0, 100)
    print('pid:%d, num is %d' % (os.getpid(), num))

if __name__ == '__main__':
    mp.set_start_method('fork')
    print('pid:%d, num is %d' % (os.getpid(), num))
    p = mp.Process(target=show)
    p.start()
    p.join()
