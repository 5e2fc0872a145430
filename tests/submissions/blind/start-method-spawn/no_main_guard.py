# Learner: no `if __name__ == "__main__":` guard. The spawned child re-runs the module
# body: prints a num line (its own pid, new number), then p.start() raises RuntimeError
# (bootstrapping phase), child exits 1.
# Expected: loses only "the child ends by itself (exit 0)" (its printed line has its own
# pid, so pid_of passes).
import multiprocessing
import os
import random

num = random.randint(0, 100)


def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))


multiprocessing.set_start_method("spawn", force=True)
print("pid:{}, num is {}".format(os.getpid(), num))
p = multiprocessing.Process(target=show_num)
p.start()
p.join()
