import os

def banner():
    print("==========")

banner()
pid = os.fork()
if pid == 0:
    banner()
    print("I am child process (%s) and my parent is (%s)." % (os.getpid(), os.getppid()))
    os._exit(0)
print("I (%s) just created a child process (%s)." % (os.getpid(), pid))
os.waitpid(pid, 0)
