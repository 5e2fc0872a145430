# correct-variant: `with Pool(4) as p:` (close/join inside the block), lowercase wording, no parens around the pid
import os
import time
from multiprocessing import Pool


def foo(x):
    print("run task %d pid %d..." % (x, os.getpid()))
    time.sleep(0.3)
    print("task %d result is: %d" % (x, x * x))


if __name__ == "__main__":
    print("parent process %d." % os.getpid())
    with Pool(4) as p:
        for i in range(5):
            p.apply_async(foo, (i,))
        print("waiting for all subprocesses done...")
        p.close()
        p.join()
    print("all subprocesses done.")
