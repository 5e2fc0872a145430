import os

pid = os.fork()
if pid == 0:
    print('I am child process (', os.getpid(), ') and my parent is (', os.getppid(), ').', sep='')
else:
    print('I (', os.getpid(), ') just created a child process (', pid, ').', sep='')
    os.wait()
