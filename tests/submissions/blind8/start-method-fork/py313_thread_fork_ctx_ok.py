# LEARNER: Python 3.13; a background logger thread is running when the child is forked with
# get_context('fork'); otherwise the seed: module-level num, parent prints, child prints, join.
# (3.12+ would warn about fork with threads only if the warning is attributed to __main__.)
# TARGET: Python 3.13.
# FAIR: 10/10 (full).
import multiprocessing as mp
import os
import random
import threading
import time

num = random.randint(0, 100)


def show():
    print(f'pid:{os.getpid()}, num is {num}')


if __name__ == '__main__':
    threading.Thread(target=time.sleep, args=(1,), daemon=True).start()
    ctx = mp.get_context('fork')
    show()
    p = ctx.Process(target=show)
    p.start()
    p.join()
