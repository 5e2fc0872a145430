import os
kids = []
for i in range(3):
    pid = os.fork()
    if pid == 0:
        print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
        os._exit(0)
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
    kids.append(pid)
for k in kids:
    os.waitpid(k, 0)
