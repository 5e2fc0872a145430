# Learner: "to make the child print the same number" passes the parent's num as an
# argument under spawn: the child prints the parent's number, not the one its own import
# drew. The point of the exercise (the module is imported again, num drawn afresh) is
# hidden: the output looks like fork's.
# Fair grade: processes right; a teacher docks the lesson (~2 points): ~5.5/7.5.
import os
import random
import multiprocessing as mp

num = random.randint(0, 100)

def show(n):
    print('pid:%d, num is %d' % (os.getpid(), n))

if __name__ == '__main__':
    mp.set_start_method('spawn')
    print('pid:%d, num is %d' % (os.getpid(), num))
    p = mp.Process(target=show, args=(num,))
    p.start()
    p.join()
