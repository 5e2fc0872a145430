# wrong: no `if __name__ == "__main__":` guard; the spawned child re-runs the module and dies with RuntimeError
import random
import os
import multiprocessing

num = random.randint(0, 100)


def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))


ctx = multiprocessing.get_context('spawn')
print("pid:{}, num is {}".format(os.getpid(), num))
p = ctx.Process(target=show_num)
p.start()
p.join()
