import multiprocessing, os, random
num = random.randint(0, 100)
print("pid:{}, num is {}".format(os.getpid(), num))

def show_num():
    pass

multiprocessing.set_start_method("spawn")
p = multiprocessing.Process(target=show_num)
p.start()
p.join()
