import multiprocessing
import os
import time


def long_time_task(i, delay):
    print(f"Run task {i} (pid:{os.getpid()})...")
    time.sleep(delay)
    print(f"Task {i} result is: {i * i}")


if __name__ == "__main__":
    print(f"Parent process {os.getpid()}.")
    pool = multiprocessing.Pool(processes=4)
    print("Waiting for all subprocesses done...")
    pool.starmap(long_time_task, [(i, 0.25) for i in range(5)])
    pool.close()
    pool.join()
    print("All subprocesses done.")
