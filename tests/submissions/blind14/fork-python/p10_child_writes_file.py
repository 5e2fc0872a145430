import os

LOG = 'child.txt'

pid = os.fork()
if pid < 0:
    print('Fail to create process')
elif pid == 0:
    # the child writes its message to a file, the parent shows it
    with open(LOG, 'w') as f:
        f.write('I am child process (%s) and my parent is (%s).\n' % (os.getpid(), os.getppid()))
    os._exit(0)
else:
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
    os.waitpid(pid, 0)
    with open(LOG) as f:
        print(f.read().strip())
    os.remove(LOG)
