import multiprocessing, os, random

def show_num():
    num = random.randint(0, 100)
    print("pid:{}, num is {}".format(os.getpid(), num))

if __name__ == "__main__":
    multiprocessing.set_start_method("fork")
    random.seed()
    show_num()
    p = multiprocessing.Process(target=show_num)
    p.start()
    p.join()
