# Learner: the reader prints the value it expects, then takes it from the queue.
# Fair grade: "the reader prints what it took only after the writer's first put" FAILS;
# the fifo check passes (the values are the right ones, in order); the rest passes.
from multiprocessing import Process, Queue


def write(q):
    for value in [1, 2, 3, 4]:
        print('write, %s' % value)
        q.put(value)


def read(q):
    for expected in [1, 2, 3, 4]:
        print('read, %s' % expected)
        q.get()


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    pr.join()
    print('DONE')
