from multiprocessing import Pool
import os
import time

def work(task_id):
    print("Run task %d (pid:%d)..." % (task_id, os.getpid()))
    time.sleep(0.3)
    sq = task_id ** 2
    print("Task %d result is: %d" % (task_id, sq))
    return sq

print("Parent process %d." % os.getpid())
pool = Pool(processes=4)
print("Waiting for all subprocesses done...")
results = pool.map(work, range(5))
print("All subprocesses done.")
