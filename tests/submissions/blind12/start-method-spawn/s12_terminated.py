import multiprocessing, os, random, time
num = random.randint(0, 100)

def show_num():
    print("pid:{}, num is {}".format(os.getpid(), num))
    time.sleep(30)

if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    print("pid:{}, num is {}".format(os.getpid(), num))
    p = multiprocessing.Process(target=show_num)
    p.start()
    time.sleep(4)
    p.terminate()
    p.join()
