# Learner: set_start_method('spawn') at module level, outside the main guard. The spawned
# child re-imports the module and calls it again -> RuntimeError "context has already
# been set", so the child dies (exit 1) before show_num.
# Expected: the child still exists and execs; loses "the child prints its own pid and its
# number" and "the child ends by itself (exit 0)".
import multiprocessing
import os
import random

multiprocessing.set_start_method("spawn")
num = random.randint(0, 100)


def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))


if __name__ == "__main__":
    print("pid:{}, num is {}".format(os.getpid(), num))
    p = multiprocessing.Process(target=show_num)
    p.start()
    p.join()
