# Learner: used os.fork + waitpid instead of multiprocessing.Process.
# Expected by the assignment's intent: should not get full marks (Process was asked), but
# no check looks at how the child was made; by the checks as written: full marks.
import os

print('Parent process %s.' % os.getpid())
print('Process will start.')
pid = os.fork()
if pid == 0:
    print('Run child process %s (%s)...' % ('test', os.getpid()))
    os._exit(0)
os.waitpid(pid, 0)
print('Process end.')
