# LEARNER: imitates spawn by hand: os.fork() then os.execv(sys.executable, [python, __file__,
# 'child']) so the module is imported afresh (new number); the parent waits with os.waitpid.
# No multiprocessing at all.
# FAIR GRADE: 5.5/7.5 -- fail "the spawned child executes a new interpreter, which imports the
# module again" (2)? The exec IS a new interpreter re-importing the module, but not Python's
# spawn: the assignment is about the spawn start method, so a fair teacher docks it (5.5).
import os
import random
import sys

num = random.randint(0, 100)

if len(sys.argv) > 1 and sys.argv[1] == 'child':
    print('pid:%d, num is %d' % (os.getpid(), num))
    sys.exit(0)

if __name__ == '__main__':
    print('pid:%d, num is %d' % (os.getpid(), num))
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        os.execv(sys.executable, [sys.executable, os.path.abspath(__file__), 'child'])
    os.waitpid(pid, 0)
