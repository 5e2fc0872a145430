# Learner: draws num inside the __main__ block and passes it as an argument (so the child
# gets it whatever the start method) — misses the point of the exercise but prints the
# right lines.
# Fair grade: every check passes under fork (the checks cannot tell; a teacher reading the
# code would note it).
import multiprocessing
import os
import random


def show_num(num):
    print("pid:{}, num is {}".format(os.getpid(), num))


if __name__ == "__main__":
    multiprocessing.set_start_method("fork")
    num = random.randint(0, 100)
    show_num(num)
    p = multiprocessing.Process(target=show_num, args=(num,))
    p.start()
    p.join()
