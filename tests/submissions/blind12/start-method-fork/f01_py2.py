import multiprocessing
import os
import random

num = random.randint(0, 100)

def show_num():
    print "pid:%s, num is %s" % (os.getpid(), num)

if __name__ == "__main__":
    print "pid:%s, num is %s" % (os.getpid(), num)
    p = multiprocessing.Process(target=show_num)
    p.start()
    p.join()
