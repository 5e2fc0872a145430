# Learner: the reader loops `while not q.empty()`, so if it starts before the writer's
# first put reaches the pipe it reads nothing and stops at once.
# Fair grade: a race: in most runs the reader reads nothing or only part: "every value
# written is read once" FAILS (sometimes passes by luck); "the reader prints what it took
# only after the writer's first put" then skips; the other checks pass.
from multiprocessing import Process, Queue
import time


def write(q):
    for v in [1, 2, 3]:
        print('write, %s' % v)
        q.put(v)
        time.sleep(0.1)


def read(q):
    while not q.empty():
        print('read, %s' % q.get())


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    pr.join()
    print('DONE')
