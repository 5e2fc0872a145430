import os

try:
    pid = os.fork()
except OSError:
    print('Fail to create process')
    raise SystemExit(1)

if pid == 0:
    print('I am child process (%d) and my parent is (%d).' % (os.getpid(), os.getppid()))
    os._exit(0)

print('I (%d) just created a child process (%d).' % (os.getpid(), pid))
done, status = os.wait()
print('child %d finished with status %d' % (done, os.WEXITSTATUS(status)))
