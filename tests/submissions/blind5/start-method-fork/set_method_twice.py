# LEARNER: calls mp.set_start_method('fork') twice (once at module level, once in the guard)
# -> RuntimeError: context has already been set, before any child starts. The parent printed
# its line first.
# FAIR GRADE: ~1/10 -- only the parent's own pid line; no child.
import multiprocessing as mp
import os, random

mp.set_start_method('fork')
num = random.randint(0, 100)

def show():
    print('pid:%d, num is %d' % (os.getpid(), num))

if __name__ == '__main__':
    print('pid:%d, num is %d' % (os.getpid(), num))
    mp.set_start_method('fork')
    p = mp.Process(target=show)
    p.start()
    p.join()
