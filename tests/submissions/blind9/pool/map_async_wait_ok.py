# Student: map_async + wait(), then close/join; comments; print(..., flush=True).
# FAIR: full marks 16/16.
import os
import time
import multiprocessing


def foo(x):
    print(f"Run task {x} (pid:{os.getpid()})...", flush=True)
    time.sleep(1)
    print(f"Task {x} result is: {x * x}", flush=True)
    return x * x


if __name__ == "__main__":
    print(f"Parent process {os.getpid()}.", flush=True)
    pool = multiprocessing.Pool(processes=4)
    res = pool.map_async(foo, range(5))   # all five at once
    print("Waiting for all subprocesses done...", flush=True)
    res.wait()
    pool.close()
    pool.join()
    print("All subprocesses done.", flush=True)
