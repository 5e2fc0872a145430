from multiprocessing import Pool
import os, time

def task(i):
    print(f"Run task {i} (pid:{os.getpid()})...")
    time.sleep(0.3)
    print(f"Task {i} result is: {i * i}")
    return i * i

if __name__ == "__main__":
    print(f"Parent process {os.getpid()}.")
    with Pool(4) as pool:
        print("Waiting for all subprocesses done...")
        pool.map(task, range(5))
    print("All subprocesses done.")
