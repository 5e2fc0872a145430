# Learner: adds the parent's pid at the end of each line: "pid:123, num is 45 (ppid 7)"
# "to show who is the parent". Right fork behaviour.
# FAIR: 10/10 or 9/10 (format only, for the extra words). Behaviour checks all pass.
import multiprocessing as mp
import os
import random

num = random.randint(0, 100)


def show():
    print('pid:%d, num is %d (ppid %d)' % (os.getpid(), num, os.getppid()))


if __name__ == '__main__':
    mp.set_start_method('fork')
    show()
    p = mp.Process(target=show)
    p.start()
    p.join()
