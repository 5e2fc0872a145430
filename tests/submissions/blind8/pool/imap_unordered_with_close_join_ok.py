# LEARNER (control for imap_unordered_no_close_join.py): the same imap_unordered loop, but
# inside `with Pool(4) as pool:` followed by pool.close(); pool.join() before leaving the
# block, then "All subprocesses done.".
# TARGET: Python 3.9.
# FAIR: 17.5/17.5 (full).
import os
import time
from multiprocessing import Pool


def task(i):
    print(f"Run task {i} (pid:{os.getpid()})...")
    time.sleep(0.3)
    print(f"Task {i} result is: {i * i}")
    return i * i


if __name__ == "__main__":
    print(f"Parent process {os.getpid()}.")
    with Pool(4) as pool:
        print("Waiting for all subprocesses done...")
        for _ in pool.imap_unordered(task, range(5)):
            pass
        pool.close()
        pool.join()
    print("All subprocesses done.")
