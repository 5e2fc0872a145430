import multiprocessing, os, random
num = random.randint(0, 100)

def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))

if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    print("pid:{}, num is {}".format(os.getpid(), num))
    multiprocessing.Process(target=show_num).start()
