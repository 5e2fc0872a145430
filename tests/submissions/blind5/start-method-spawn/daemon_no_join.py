# LEARNER: spawn, p.daemon = True, no join: the parent prints its line and exits at once; Python's
# exit handler terminates the daemon child, usually before the fresh interpreter printed anything.
# FAIR GRADE: a grade that is the same in every run; ~3.5-5.5/7.5 (the child is made, maybe
# executed; it never prints its line and is killed: fail child-prints (1), exit 0 (1), perhaps
# the exec check (2) if it was killed before exec).
import multiprocessing as mp
import os, random

num = random.randint(0, 100)

def show():
    print('pid:%d, num is %d' % (os.getpid(), num))

if __name__ == '__main__':
    mp.set_start_method('spawn')
    print('pid:%d, num is %d' % (os.getpid(), num))
    p = mp.Process(target=show, daemon=True)
    p.start()
