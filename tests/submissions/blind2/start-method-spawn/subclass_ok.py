# Learner: a Process subclass whose run() prints; spawn set globally. Comments in Chinese.
# Fair grade: every check passes (full marks).
import multiprocessing
import os
import random

num = random.randint(0, 100)  # 每次导入模块都会重新生成


class Show(multiprocessing.Process):
    def run(self):
        # 子进程: 新的解释器, num 是重新计算的
        print("pid:{}, num is {}".format(os.getpid(), num))


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    print("pid:{}, num is {}".format(os.getpid(), num))
    s = Show()
    s.start()
    s.join()
