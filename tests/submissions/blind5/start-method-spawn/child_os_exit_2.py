# LEARNER: spawn, but the child ends with os._exit(2) after flushing its line.
# FAIR GRADE: 6.5/7.5 -- only "the child ends by itself (exit 0)" fails.
import multiprocessing as mp
import os, random, sys

num = random.randint(0, 100)

def show():
    print('pid:%d, num is %d' % (os.getpid(), num))
    sys.stdout.flush()
    os._exit(2)

if __name__ == '__main__':
    mp.set_start_method('spawn')
    print('pid:%d, num is %d' % (os.getpid(), num))
    p = mp.Process(target=show)
    p.start()
    p.join()
