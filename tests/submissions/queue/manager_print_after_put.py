# Learner: a Manager().Queue() whose writer prints each value after it put it: the reader may
# take and print a value before the writer's line says it was written.
# Fair grade: loses "the reader prints what it took only after the writer's first put" (11).
from multiprocessing import Manager, Process


def write(q):
    for value in range(1, 5):
        q.put(value)
        print('write, %d' % value)


def read(q):
    for _ in range(4):
        print('read, %d' % q.get())


if __name__ == '__main__':
    with Manager() as manager:
        q = manager.Queue()
        pw = Process(target=write, args=(q,))
        pr = Process(target=read, args=(q,))
        pw.start()
        pr.start()
        pw.join()
        pr.join()
        print('DONE')
