import multiprocessing as mp

def write(q):
    for value in "abcd":
        print(f"write, {value}")
        q.put(value)
    q.join()     # wait until the reader processed everything

def read(q):
    for _ in range(4):
        value = q.get()
        print(f"read, {value}")
        q.task_done()

if __name__ == "__main__":
    q = mp.JoinableQueue()
    pw = mp.Process(target=write, args=(q,))
    pr = mp.Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    pr.join()
    print("DONE")
