# wrong: Python 2 print statement (SyntaxError under python3)
import random
import os
import multiprocessing
from multiprocessing import Process

num = random.randint(0, 100)

def show_num():
    print "pid:{}, num is {}".format(os.getpid(), num)

if __name__ == "__main__":
    multiprocessing.set_start_method('spawn')
    print "pid:{}, num is {}".format(os.getpid(), num)
    p = Process(target=show_num)
    p.start()
    p.join()
