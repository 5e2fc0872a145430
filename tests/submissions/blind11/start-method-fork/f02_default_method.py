# On Linux the default is fork, so no need to set it
from multiprocessing import Process
import os
import random

num = random.randint(0, 100)

def show_num():
    print('pid:%d, num is %d' % (os.getpid(), num))

if __name__ == '__main__':
    print('pid:%d, num is %d' % (os.getpid(), num))
    p = Process(target=show_num)
    p.start()
    p.join()
