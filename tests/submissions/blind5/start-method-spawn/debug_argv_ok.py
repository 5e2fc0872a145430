# LEARNER: curious about spawn: the child also prints "child argv: [...]" and
# "__name__ is __mp_main__" debug lines, then its line. spawn via set_start_method.
# FAIR GRADE: 7.5/7.5 (full; the debug lines are extra).
import multiprocessing as mp
import os, random, sys

num = random.randint(0, 100)

def show():
    print('child argv:', sys.argv)
    print('__name__ is', __name__)
    print('pid:%d, num is %d' % (os.getpid(), num))

if __name__ == '__main__':
    mp.set_start_method('spawn')
    print('pid:%d, num is %d' % (os.getpid(), num))
    p = mp.Process(target=show)
    p.start()
    p.join()
