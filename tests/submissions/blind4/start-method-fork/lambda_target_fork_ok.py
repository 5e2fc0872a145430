# Learner: fork context, the child's target is a lambda printing the module-level num.
# Fair grade: full marks.
import os
import random
import multiprocessing as mp

num = random.randint(0, 100)

if __name__ == '__main__':
    ctx = mp.get_context('fork')
    print('pid:%d, num is %d' % (os.getpid(), num))
    p = ctx.Process(target=lambda: print('pid:%d, num is %d' % (os.getpid(), num)))
    p.start()
    p.join()
