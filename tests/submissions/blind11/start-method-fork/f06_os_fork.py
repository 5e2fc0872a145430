import os
import random

num = random.randint(0, 100)

def show_num():
    print("pid:%s, num is %s" % (os.getpid(), num))

show_num()
pid = os.fork()
if pid == 0:
    show_num()
    os._exit(0)
os.waitpid(pid, 0)
