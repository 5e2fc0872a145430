# Learner: print with commas: "Run task 0 (pid: 1234 )..." and "Task 0 result is: 0";
# "Parent process 99 ." Right pool behaviour.
# FAIR: 16/17.5 (format check only; maybe all_lines_match too since lines are loose:
# a fair teacher docks only once for formatting).
from multiprocessing import Pool
import os
import time


def long_time_task(name):
    print("Run task", name, "(pid:", os.getpid(), ")...")
    time.sleep(0.4)
    print("Task", name, "result is:", name * name)


if __name__ == "__main__":
    print("Parent process", os.getpid(), ".")
    p = Pool(4)
    for i in range(5):
        p.apply_async(long_time_task, (i,))
    print("Waiting for all subprocesses done...")
    p.close()
    p.join()
    print("All subprocesses done.")
