import os

pid = os.fork()
if pid < 0:
    print('Fail to create process')
elif pid == 0:
    print('I am child process ({:06d}) and my parent is ({:06d}).'.format(os.getpid(), os.getppid()))
else:
    print('I ({:06d}) just created a child process ({:06d}).'.format(os.getpid(), pid))
    os.waitpid(pid, 0)
