# Learner: os.fork instead of multiprocessing with start method fork.
# Expected: full marks by the checks (the child is a fork copy); arguably the exercise is
# about multiprocessing's start method, but no check asks for it.
import os
import random

num = random.randint(0, 100)
pid = os.fork()
print("pid:{}, num is {}".format(os.getpid(), num))
if pid:
    os.waitpid(pid, 0)
