# Learner: reads the pool size and task count from the environment/argv with defaults
# (POOL_SIZE default 4, tasks default 5 from sys.argv[1] if given). Unset here, so Pool(4),
# five tasks. Type hints and f-strings.
# FAIR: 17.5/17.5.
import os
import sys
import time
from multiprocessing import Pool


def long_time_task(name: int) -> int:
    print(f"Run task {name} (pid:{os.getpid()})...")
    time.sleep(0.5)
    print(f"Task {name} result is: {name * name}")
    return name * name


if __name__ == "__main__":
    size: int = int(os.environ.get("POOL_SIZE", "4"))
    ntasks: int = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    print(f"Parent process {os.getpid()}.")
    p = Pool(size)
    for i in range(ntasks):
        p.apply_async(long_time_task, args=(i,))
    print("Waiting for all subprocesses done...")
    p.close()
    p.join()
    print("All subprocesses done.")
