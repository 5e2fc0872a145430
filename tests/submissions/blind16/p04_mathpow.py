# FAIR GRADE: 17/18.5 -- math.pow prints floats ("16.0"); values are right but output format is not the asked one (lose format points).
import math
import os
import time
from multiprocessing import Pool

def task(i):
    print("Run task {} (pid:{})...".format(i, os.getpid()))
    time.sleep(0.5)
    print("Task {} result is: {}".format(i, math.pow(i, 2)))

if __name__ == "__main__":
    print("Parent process {}.".format(os.getpid()))
    pool = Pool(4)
    for i in range(5):
        pool.apply_async(task, (i,))
    print("Waiting for all subprocesses done...")
    pool.close()
    pool.join()
    print("All subprocesses done.")
