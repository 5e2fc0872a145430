# Learner: prints the line at module level, outside the __main__ guard, to "see the
# re-import"; the spawned child therefore prints it twice (once on import, once in the
# target). Every line has the right pid and the child's own number.
# Fair grade: full marks (maybe a note about the extra line).
import os
import random
import multiprocessing as mp

num = random.randint(0, 100)
print('pid:%d, num is %d' % (os.getpid(), num))

def show():
    print('pid:%d, num is %d' % (os.getpid(), num))

if __name__ == '__main__':
    mp.set_start_method('spawn')
    p = mp.Process(target=show)
    p.start()
    p.join()
