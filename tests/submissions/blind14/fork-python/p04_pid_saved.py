import os

me = os.getpid()   # remember the parent's pid before forking
pid = os.fork()
if pid < 0:
    print('Fail to create process')
elif pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), me))
else:
    print('I (%s) just created a child process (%s).' % (me, pid))
    os.waitpid(pid, 0)
