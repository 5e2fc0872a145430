import os, sys
pid = os.fork()
if pid == 0:
    sys.stdout.write("[child] I am child process (%d) and my parent is (%d).\n" % (os.getpid(), os.getppid()))
    sys.stdout.flush()
    os._exit(0)
sys.stdout.write("[parent] I (%d) just created a child process (%d).\n" % (os.getpid(), pid))
sys.stdout.flush()
os.waitpid(pid, 0)
