# correct-variant: %-formatting with a space after the colon ("pid: N, num is X"), force=True
import os
import random
import multiprocessing

num = random.randint(0, 100)


def show_num():
    print("pid: %d, num is %d" % (os.getpid(), num))


if __name__ == "__main__":
    multiprocessing.set_start_method("fork", force=True)
    print("pid: %d, num is %d" % (os.getpid(), num))
    p = multiprocessing.Process(target=show_num)
    p.start()
    p.join()
