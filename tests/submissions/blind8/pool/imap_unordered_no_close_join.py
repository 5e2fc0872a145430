# LEARNER: Pool(4) without `with`, close() or join(): consumes every result of
# pool.imap_unordered(task, range(5)) in a for loop, then prints "All subprocesses done.".
# Every task has finished (its result came back) before the done line, so the order is
# guaranteed, but the learner never joins the workers (they are terminated at exit).
# TARGET: Python 3.9.
# FAIR: 17.5/17.5 by behaviour; a teacher strict about "join waits for the workers" might take
# the 2 points of the done-after-results check. I write 15.5-17.5, leaning full (the results
# were all received before the line is printed, in every run).
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
    pool = Pool(4)
    print("Waiting for all subprocesses done...")
    for _ in pool.imap_unordered(task, range(5)):
        pass
    print("All subprocesses done.")
