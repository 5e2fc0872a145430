# Learner: draws the number with random.random() INSIDE the function (so the child draws
# its own), printing floats like "num is 0.8412...". Parent and child print different
# numbers; both begin "0.".
# Fair grade: the child does not see the parent's number: fail "the child sees the parent's
# number" (2): ~8/10 (maybe a format note for the float).
import os
import random
import multiprocessing as mp

def show():
    num = random.random()
    print(f"pid:{os.getpid()}, num is {num}")

if __name__ == '__main__':
    mp.set_start_method('fork')
    show()
    p = mp.Process(target=show)
    p.start()
    p.join()
