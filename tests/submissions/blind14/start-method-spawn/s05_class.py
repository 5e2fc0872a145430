import multiprocessing
import os
import random

num = random.randint(0, 100)


class NumProcess(multiprocessing.Process):
    def run(self):
        print("pid:{}, num is {}".format(os.getpid(), num))


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    print("pid:{}, num is {}".format(os.getpid(), num))
    p = NumProcess()
    p.start()
    p.join()
