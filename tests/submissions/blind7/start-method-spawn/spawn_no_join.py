# Learner (WRONG-ish): spawn, guard, but no join: main returns right after start().
# Python's atexit handler for multiprocessing joins non-daemon children anyway, so the
# child still runs to its end and main waits for it (implicit join).
# FAIR: 7.5/7.5 — the assignment's checks (no ordering check here) all hold; a teacher
# could remark the missing join but nothing graded depends on it.
import multiprocessing
import os
import random

num = random.randint(0, 100)


def show():
    print("pid:%d, num is %d" % (os.getpid(), num))


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    show()
    multiprocessing.Process(target=show).start()
