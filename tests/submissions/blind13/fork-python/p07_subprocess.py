import os
import subprocess
import sys

code = "import os; print('I am child process (%s) and my parent is (%s).' % (os.getpid(), os.getppid()))"
child = subprocess.Popen([sys.executable, '-c', code])
print('I (%s) just created a child process (%s).' % (os.getpid(), child.pid))
child.wait()
