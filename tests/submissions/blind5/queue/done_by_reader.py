# LEARNER: the wrong process prints DONE: the reader prints "DONE" when it has read the three
# values; main joins both and prints nothing.
# FAIR GRADE: 11/12 -- only "DONE comes after the reader ended (the parent joins it)" fails.
from multiprocessing import Process, Queue

def write(q):
    for v in [10, 20, 30]:
        print('write, %d' % v)
        q.put(v)

def read(q):
    for _ in range(3):
        print('read, %d' % q.get())
    print('DONE')

if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start(); pr.start()
    pw.join(); pr.join()
