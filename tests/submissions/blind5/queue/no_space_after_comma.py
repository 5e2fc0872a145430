# LEARNER: writes "write,1" / "read,1" (no space after the comma) and "Done." instead of DONE.
# Behaviour right (sentinel -1 not printed, joins).
# FAIR GRADE: 11/12 -- format only.
from multiprocessing import Process, Queue

def write(q):
    for v in range(1, 4):
        print("write,%d" % v)
        q.put(v)
    q.put(-1)

def read(q):
    while True:
        v = q.get()
        if v == -1:
            break
        print("read,%d" % v)

if __name__ == "__main__":
    q = Queue()
    a = Process(target=write, args=(q,))
    b = Process(target=read, args=(q,))
    a.start(); b.start()
    a.join(); b.join()
    print("Done.")
