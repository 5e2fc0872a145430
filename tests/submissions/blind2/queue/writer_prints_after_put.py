# Learner: the writer puts first and prints afterwards, so the reader may print a value
# before the writer says it wrote it.
# Fair grade: "the reader prints what it took only after the writer's first put" FAILS
# (the yaml says so: the write line is not ordered before the read); the rest passes.
from multiprocessing import Process, Queue


def write(q):
    for value in [1, 2, 3, 4]:
        q.put(value)
        print('write, %s' % value)


def read(q):
    for _ in range(4):
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
