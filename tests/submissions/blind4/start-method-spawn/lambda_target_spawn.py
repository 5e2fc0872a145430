# Learner: spawn with a lambda as target: start() fails to pickle it
# (PicklingError/AttributeError) in main, after main printed its own line. No child.
# Fair grade: ~1/7.5 (main's line only).
import os
import random
import multiprocessing as mp

num = random.randint(0, 100)

if __name__ == '__main__':
    mp.set_start_method('spawn')
    print('pid:%d, num is %d' % (os.getpid(), num))
    p = mp.Process(target=lambda: print('pid:%d, num is %d' % (os.getpid(), num)))
    p.start()
    p.join()
