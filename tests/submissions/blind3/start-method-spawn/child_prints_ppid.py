# Learner: in the child, printed os.getppid() (thought the line should show "who made me").
# Fair grade: fail "the child prints its own pid and its number": 6.5/7.5.
import multiprocessing as mp
import os
import random

num = random.randint(0, 100)


def show_num(is_child=False):
    pid = os.getppid() if is_child else os.getpid()
    print(f'pid:{pid}, num is {num}')


if __name__ == '__main__':
    mp.set_start_method('spawn')
    show_num()
    p = mp.Process(target=show_num, args=(True,))
    p.start()
    p.join()
