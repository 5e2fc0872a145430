# Learner: no multiprocessing: os.fork(), the child prints and os._exit(0)s, the parent
# prints first and reaps with os.wait4(pid, 0).
# Fair grade: full marks.
import os
import random

num = random.randint(0, 100)

print('pid:%d, num is %d' % (os.getpid(), num))
pid = os.fork()
if pid == 0:
    print('pid:%d, num is %d' % (os.getpid(), num))
    os._exit(0)
os.wait4(pid, 0)
