# LEARNER: uses concurrent.futures.ProcessPoolExecutor(max_workers=1,
# mp_context=get_context('fork')) and submits the function once; waits on .result().
# FAIR GRADE: 10/10 (full; the worker is a fork of main and sees the same number).
import concurrent.futures
import multiprocessing as mp
import os, random

num = random.randint(0, 100)

def show():
    print('pid:%d, num is %d' % (os.getpid(), num))

if __name__ == '__main__':
    show()
    with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context('fork')) as ex:
        ex.submit(show).result()
