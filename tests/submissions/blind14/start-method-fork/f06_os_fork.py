import os
import random

num = random.randint(0, 100)

print("pid:{}, num is {}".format(os.getpid(), num))
pid = os.fork()
if pid == 0:
    print("pid:{}, num is {}".format(os.getpid(), num))
    os._exit(0)
os.waitpid(pid, 0)
