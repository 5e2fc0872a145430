import os, subprocess, sys
code = "import os; print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))"
p = subprocess.Popen([sys.executable, "-c", code])
print('I (%s) just created a child process (%s).' % (os.getpid(), p.pid))
p.wait()
