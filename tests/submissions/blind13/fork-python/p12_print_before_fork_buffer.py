import os
import sys

sys.stdout.write('fork demo\n')   # PYTHONUNBUFFERED? the learner never checked
pid = os.fork()
if pid == 0:
    sys.stdout.write('I am child process (%s) and my parent is (%s).\n' % (os.getpid(), os.getppid()))
    sys.exit(0)
sys.stdout.write('I (%s) just created a child process (%s).\n' % (os.getpid(), pid))
os.waitpid(pid, 0)
