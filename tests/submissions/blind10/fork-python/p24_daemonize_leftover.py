import os, time, signal
pid = os.fork()
if pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
    # "background helper": double fork, new session, ignore SIGTERM, sleep
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
            signal.signal(signal.SIGHUP, signal.SIG_IGN)
            time.sleep(300)
        os._exit(0)
    os._exit(0)
print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
os.waitpid(pid, 0)
