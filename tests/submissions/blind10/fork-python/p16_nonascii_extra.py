# -*- coding: utf-8 -*-
import os
print('开始 fork ……')
pid = os.fork()
if pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
    print('子进程结束 ✓')
else:
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid))
    os.wait()
    print('父进程结束')
