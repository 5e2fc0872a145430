# Learner: calls .get() right after each apply_async ("to be sure it worked"), which makes
# the tasks run one after another.
# Fair grade: fail "tasks run in parallel (apply_async, not apply)": 15.5/17.5.
from multiprocessing import Pool
import os
import time


def long_time_task(i):
    print("Run task {} (pid:{})...".format(i, os.getpid()))
    time.sleep(0.5)
    print("Task {} result is: {}".format(i, i * i))
    return i * i


if __name__ == "__main__":
    print("Parent process {}.".format(os.getpid()))
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,)).get()
    print("Waiting for all subprocesses done...")
    p.close()
    p.join()
    print("All subprocesses done.")
