import multiprocessing
import os
import random
from concurrent.futures import ProcessPoolExecutor

num = random.randint(0, 100)

def show_num():
    print(f"pid:{os.getpid()}, num is {num}")

if __name__ == "__main__":
    show_num()
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as ex:
        ex.submit(show_num).result()
