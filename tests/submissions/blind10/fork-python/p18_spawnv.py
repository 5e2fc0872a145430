import os, sys
code = "import os; print('I am child process (%d) and my parent is (%d).' % (os.getpid(), os.getppid()))"
pid = os.spawnv(os.P_NOWAIT, sys.executable, [sys.executable, '-c', code])
print('I (%d) just created a child process (%d).' % (os.getpid(), pid))
os.waitpid(pid, 0)
