# Learner: sys.stdout.write with .format, extra debug lines, explicit flushes.
# Expected: full marks (the assignment has no "only the assignment's lines" check).
import os
import sys

sys.stdout.write('DEBUG: about to fork\n')
sys.stdout.flush()
pid = os.fork()
sys.stdout.write('DEBUG: fork returned {}\n'.format(pid))
if pid == 0:
    sys.stdout.write('I am child process ({}) and my parent is ({}).\n'.format(os.getpid(), os.getppid()))
    sys.stdout.flush()
    os._exit(0)
sys.stdout.write('I ({}) just created a child process ({}).\n'.format(os.getpid(), pid))
sys.stdout.flush()
os.waitpid(pid, 0)
sys.stdout.write('DEBUG: child reaped\n')
