# Learner: did the exercise with os.fork directly (the child is a fork copy too).
# Fair grade: every check passes: the child is a copy of the parent and sees its number.
import os
import random

num = random.randint(0, 100)

pid = os.fork()
print("pid:%s, num is %s" % (os.getpid(), num))
if pid == 0:
    os._exit(0)
os.waitpid(pid, 0)
