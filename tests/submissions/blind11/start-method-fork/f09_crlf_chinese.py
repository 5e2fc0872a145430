# -*- coding: utf-8 -*-
# 多进程与平台有关：fork 方式
import multiprocessing
import os
import random

num = random.randint(0, 100)  # 模块级随机数

def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))

if __name__ == "__main__":
    multiprocessing.set_start_method("fork")
    print("pid:{}, num is {}".format(os.getpid(), num))
    p = multiprocessing.Process(target=show_num)
    p.start()
    p.join()
    print("父进程结束")
