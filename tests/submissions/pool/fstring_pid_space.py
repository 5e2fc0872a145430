# correct-variant: f-strings with a space after "pid:" ("Run task 0 (pid: 1234)...")
import os
import time
from multiprocessing import Pool


def foo(x):
    print(f"Run task {x} (pid: {os.getpid()})...")
    time.sleep(0.3)
    print(f"Task {x} result is: {x * x}")


if __name__ == "__main__":
    print(f"Parent process {os.getpid()}.")
    p = Pool(4)
    for i in range(5):
        p.apply_async(foo, args=(i,))
    print("Waiting for all subprocesses done...")
    p.close()
    p.join()
    print("All subprocesses done.")
