# The parent never joins: os._exit after start() under forkserver, so it never reads the
# status the forkserver sends; "the parent waits for the child (join)" must fail.
import multiprocessing, os, random, time
num = random.randint(0, 100)
def show_num():
    time.sleep(0.2)
    print("pid:{}, num is {}".format(os.getpid(), num))
if __name__ == "__main__":
    multiprocessing.set_start_method("forkserver")
    print("pid:{}, num is {}".format(os.getpid(), num))
    p = multiprocessing.Process(target=show_num)
    p.start()
    time.sleep(0.5)
    os._exit(0)
