from multiprocessing import Pool
import os, time

def task(i, delay):
    print("🚀 Run task %d (pid:%d)..." % (i, os.getpid()))
    time.sleep(delay)
    print("✅ Task %d result is: %d" % (i, i * i))

if __name__ == "__main__":
    print("👪 Parent process %d." % os.getpid())
    pool = Pool(4)
    print("⏳ Waiting for all subprocesses done...")
    pool.starmap(task, [(i, 0.3) for i in range(5)])
    pool.close()
    pool.join()
    print("🎉 All subprocesses done.")
