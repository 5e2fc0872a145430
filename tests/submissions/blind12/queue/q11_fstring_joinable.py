from multiprocessing import Process, JoinableQueue
import time

def write(q):
    for v in range(1, 6):
        print(f"write, {v=}")
        q.put(v)
        time.sleep(0.02)

def read(q):
    for _ in range(5):
        v = q.get()
        print(f"read, {v=}")
        q.task_done()

if __name__ == "__main__":
    q = JoinableQueue()
    w = Process(target=write, args=(q,))
    r = Process(target=read, args=(q,))
    w.start(); r.start()
    w.join(); r.join()
    print("DONE")
