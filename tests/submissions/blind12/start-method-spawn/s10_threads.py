import threading, os, random
num = random.randint(0, 100)

def show_num():
    print("pid:{}, num is {}".format(os.getpid(), random.randint(0, 100)))

if __name__ == "__main__":
    print("pid:{}, num is {}".format(os.getpid(), num))
    t = threading.Thread(target=show_num)
    t.start()
    t.join()
