import os, random
num = random.randint(0, 100)
pid = os.fork()
if pid == 0:
    print("pid:%d, num is %d" % (os.getpid(), num))
    os._exit(0)
print("pid:%d, num is %d" % (os.getpid(), num))
os.waitpid(pid, 0)
