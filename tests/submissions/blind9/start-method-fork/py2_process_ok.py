# Student: Python 2 print statements (fork is Python 2's only method on Linux).
# FAIR: full marks 9/9.
import random
import os
from multiprocessing import Process

num = random.randint(0, 100)

def show_num():
    print "pid:%s, num is %s" % (os.getpid(), num)

if __name__ == "__main__":
    print "pid:%s, num is %s" % (os.getpid(), num)
    p = Process(target=show_num)
    p.start()
    p.join()
