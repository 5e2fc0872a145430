# Learner: defines the Process subclass INSIDE `if __name__ == '__main__':`; the spawned
# child re-imports the module without running the guard, cannot find the class while
# unpickling it (AttributeError), and dies before printing.
# Fair grade: a child was spawned (a new interpreter) but printed nothing and crashed:
# fail the child's pid line (1) and exit (1): ~4.5/7.5.
import os
import random
import multiprocessing as mp

num = random.randint(0, 100)

if __name__ == '__main__':
    class Show(mp.Process):
        def run(self):
            print('pid:%d, num is %d' % (os.getpid(), num))

    mp.set_start_method('spawn')
    print('pid:%d, num is %d' % (os.getpid(), num))
    s = Show()
    s.start()
    s.join()
