import multiprocessing as mp
import os
import random


class Config:
    num = random.randint(0, 100)


class Shower(mp.Process):
    def run(self):
        print("pid:{}, num is {}".format(os.getpid(), Config.num))


if __name__ == "__main__":
    mp.set_start_method("fork")
    print("pid:{}, num is {}".format(os.getpid(), Config.num))
    s = Shower()
    s.start()
    s.join()
