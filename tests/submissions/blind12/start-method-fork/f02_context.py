import multiprocessing as mp, os, random
num = random.randint(0, 100)

def show_num():
    print(f"pid:{os.getpid()}, num is {num}")

if __name__ == "__main__":
    ctx = mp.get_context("fork")
    print(f"pid:{os.getpid()}, num is {num}")
    p = ctx.Process(target=show_num)
    p.start()
    p.join()
