# -*- coding: utf-8 -*-
# Learner (comments in Chinese): appends a " ✓" to each required line and prints an
# extra line in Chinese after the wait. Behaviour right.
# Fair grade: full marks (the required text is all there), at most the format check.
import os

pid = os.fork()  # 创建子进程
if pid == 0:
    print(f"I am child process ({os.getpid()}) and my parent is ({os.getppid()}). ✓")
    os._exit(0)
print(f"I ({os.getpid()}) just created a child process ({pid}). ✓")
os.waitpid(pid, 0)
print("父进程结束 ✓")
