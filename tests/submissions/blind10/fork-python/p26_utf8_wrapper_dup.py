# -*- coding: utf-8 -*-
import io, os, sys
# "fix" Chinese output on the lab's Windows machines
sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8')
print('Process (%s) start... 进程开始' % os.getpid())
pid = os.fork()
if pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
else:
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
    os.waitpid(pid, 0)
