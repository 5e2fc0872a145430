# LEARNER (WRONG): calls multiprocessing.set_start_method('spawn') at MODULE level (no
# __main__ guard around it). The spawned child imports the module again, where the call
# raises RuntimeError: context has already been set -> the child dies (exit 1) before it
# prints its line. main prints its line, starts and joins the child.
# TARGET: Python 3.11 (also graded under 3.6).
# FAIR: 5.5/7.5: the child exists, is main's, executes the spawn interpreter (2), but fail
# "the child prints its own pid and its number" (1) and "the child ends by itself (exit 0)"
# (1); the format point is debatable (main ran to its end; a traceback went to stderr). I
# write 5-5.5.
import multiprocessing
import os
import random

multiprocessing.set_start_method('spawn')
num = random.randint(0, 100)


def show():
    print('pid:%d, num is %d' % (os.getpid(), num))


if __name__ == '__main__':
    show()
    p = multiprocessing.Process(target=show)
    p.start()
    p.join()
