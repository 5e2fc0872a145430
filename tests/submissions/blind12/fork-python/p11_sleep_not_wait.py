import os, time
pid = os.fork()
if pid == 0:
    print('I am child process ({}) and my parent is ({}).'.format(os.getpid(), os.getppid()))
    os._exit(0)
else:
    print('I ({}) just created a child process ({}).'.format(os.getpid(), pid))
    time.sleep(0.5)   # give the child time to finish
