import multiprocessing
import os
import random

num = random.randint(0, 100)

def show_num(seen):
    print("pid:{}, num is {}".format(os.getpid(), num))
    seen.value = num

if __name__ == "__main__":
    multiprocessing.set_start_method("fork")
    print("pid:{}, num is {}".format(os.getpid(), num))
    mgr = multiprocessing.Manager()
    seen = mgr.Value('i', -1)
    p = multiprocessing.Process(target=show_num, args=(seen,))
    p.start()
    p.join()
    mgr.shutdown()
