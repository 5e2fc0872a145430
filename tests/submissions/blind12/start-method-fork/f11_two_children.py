import multiprocessing, os, random
num = random.randint(0, 100)

def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))

if __name__ == "__main__":
    multiprocessing.set_start_method("fork")
    print("pid:{}, num is {}".format(os.getpid(), num))
    ps = [multiprocessing.Process(target=show_num) for _ in range(2)]
    for p in ps: p.start()
    for p in ps: p.join()
