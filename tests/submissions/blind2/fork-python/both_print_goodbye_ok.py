# Learner: the child does not exit in its branch; both processes then print a goodbye line
# (extra output the assignment does not forbid). 中文注释: 父进程等待子进程结束。
# Fair grade: every check passes (full marks): the parent's line is only the parent's.
import os

pid = os.fork()
if pid == 0:
    print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()), flush=True)
else:
    print('I (%s) just created a child process (%s).' % (os.getpid(), pid), flush=True)
    os.waitpid(pid, 0)  # 等待子进程
print('process %d says goodbye' % os.getpid())
