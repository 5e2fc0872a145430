# Learner: no `if __name__ == '__main__'` guard under spawn. The child re-imports the
# module, prints the line at top level, then tries to start a process while bootstrapping
# and dies with RuntimeError (exit 1); the parent's p.start() side sees a broken child.
# Fair grade: "the child ends by itself (exit 0)" FAILS. The child does exec a new
# interpreter and does print its own pid (at import), so those pass; runs in a process of
# its own and made by the parent pass.
import multiprocessing
import os
import random

num = random.randint(0, 100)


def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))


multiprocessing.set_start_method("spawn", force=True)
show_num()
p = multiprocessing.Process(target=show_num)
p.start()
p.join()
