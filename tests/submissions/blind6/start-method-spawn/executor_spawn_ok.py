# Learner: concurrent.futures.ProcessPoolExecutor(max_workers=1,
# mp_context=get_context('spawn')) as a context manager; submits show() once and waits on
# .result(); debug "[main] submitted".
# FAIR GRADE: 7.5/7.5.
import os
import random
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

num = random.randint(0, 100)

def show():
    print(f"pid:{os.getpid()}, num is {num}", flush=True)
    return num

if __name__ == "__main__":
    show()
    with ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context("spawn")) as ex:
        fut = ex.submit(show)
        print("[main] submitted", flush=True)
        fut.result()
