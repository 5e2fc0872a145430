# Learner: the seed Pool program with chatter: each task also prints
# "worker 12345 got task 2" before its run line, and an apply_async callback in main prints
# "main: task 2 finished, result is: 4" for each result. close/join, done line.
# FAIR GRADE: 16.5/17.5 (everything asked is done right; only "prints only the assignment's
# lines" fails because of the extra lines).
import os
import time
import random
from multiprocessing import Pool

def long_time_task(i):
    print(f"worker {os.getpid()} got task {i}")
    print(f"Run task {i} (pid:{os.getpid()})...")
    time.sleep(0.3 + random.random() * 0.2)
    print(f"Task {i} result is: {i * i}")
    return i, i * i

def done(res):
    i, v = res
    print(f"main: task {i} finished, result is: {v}")

if __name__ == "__main__":
    print(f"Parent process {os.getpid()}.")
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, args=(i,), callback=done)
    print("Waiting for all subprocesses done...")
    p.close()
    p.join()
    print("All subprocesses done.")
