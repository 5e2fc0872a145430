import multiprocessing, os, random
num = random.randint(0, 100)

def show_num():
    print("child  pid:{}, num is {}".format(os.getpid(), num))

if __name__ == "__main__":
    multiprocessing.set_start_method("fork")
    print("parent pid:{}, num is {}".format(os.getpid(), num))
    p = multiprocessing.Process(target=show_num)
    p.start()
    p.join()
    print("both numbers should be equal under fork")
