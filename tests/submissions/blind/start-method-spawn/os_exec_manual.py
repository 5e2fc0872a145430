# Learner: imitates spawn by hand: os.fork then os.execv a fresh python running a -c that
# prints the line. Crude but it is a fresh interpreter that computes num afresh.
# Expected: full marks by the checks.
import os
import random
import sys

num = random.randint(0, 100)
print("pid:{}, num is {}".format(os.getpid(), num))
pid = os.fork()
if pid == 0:
    os.execv(sys.executable, [sys.executable, "-c",
             "import os, random; print('pid:{}, num is {}'.format(os.getpid(), random.randint(0, 100)))"])
os.waitpid(pid, 0)
