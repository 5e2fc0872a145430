# Learner: module-level code that counts "imports" with a global list and prints
# "module loaded in <pid>" (runs again in the spawned child: what the lesson shows);
# then the assignment's lines.
# FAIR: 7.5/7.5 (extra lines are allowed; the spawn behaviour is right).
import multiprocessing
import os
import random

loaded = []
loaded.append(os.getpid())
print("module loaded in %d" % os.getpid())
num = random.randint(0, 100)


def show():
    print("pid:%d, num is %d" % (os.getpid(), num))


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    show()
    p = multiprocessing.Process(target=show)
    p.start()
    p.join()
