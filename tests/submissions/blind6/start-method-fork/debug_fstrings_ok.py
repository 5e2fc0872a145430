# Learner: set_start_method('fork') in the main guard, debug lines "[parent] start method is
# fork", "[child] inherited num from parent", f-strings, print(..., flush=True); join.
# FAIR GRADE: 10/10.
import os
import random
import multiprocessing as mp

num = random.randint(0, 100)

def show():
    print(f"pid:{os.getpid()}, num is {num}", flush=True)

def child():
    print("[child] inherited num from parent", flush=True)
    show()

if __name__ == "__main__":
    mp.set_start_method("fork")
    print(f"[parent] start method is {mp.get_start_method()}", flush=True)
    show()
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("[parent] done", flush=True)
