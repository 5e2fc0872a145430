import os, time
pid = os.fork()
if pid == 0:
    time.sleep(0.2)
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
else:
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
    # waits for a helper instead of the real child
    os.system('true')
