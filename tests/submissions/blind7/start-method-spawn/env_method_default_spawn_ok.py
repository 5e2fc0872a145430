# Learner: the start method comes from the environment, default 'spawn'
# (START_METHOD unset here); guard present; f-strings; child sleeps 0.1 s first.
# FAIR: 7.5/7.5.
import multiprocessing as mp
import os
import random
import time

num = random.randint(0, 100)


def show(delay: float = 0.0) -> None:
    time.sleep(delay)
    print(f"pid:{os.getpid()}, num is {num}")


if __name__ == "__main__":
    mp.set_start_method(os.environ.get("START_METHOD", "spawn"))
    show()
    p = mp.Process(target=show, args=(0.1,))
    p.start()
    p.join()
