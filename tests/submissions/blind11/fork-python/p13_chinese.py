# -*- coding: utf-8 -*-
# 第三题：用 os.fork() 创建子进程
import os

print('进程 (%s) 开始...' % os.getpid())
pid = os.fork()
if pid == 0:
    print('子进程：I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))
else:
    print('父进程：I (%s) just created a child process (%s).' % (os.getpid(), pid))
    os.wait()
    print('完成 ✔')
