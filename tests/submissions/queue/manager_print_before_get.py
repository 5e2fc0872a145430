# Learner: a Manager().Queue(); the reader announces each value it expects before it takes
# it (it knows the writer sends 1..4). Its read lines do not follow the writer's put.
# Fair grade: loses "the reader prints what it took only after the writer's first put".
from multiprocessing import Manager, Process


def write(q):
    for value in range(1, 5):
        print('write, %d' % value)
        q.put(value)


def read(q):
    for expected in range(1, 5):
        print('read, %d' % expected)
        q.get()


if __name__ == '__main__':
    with Manager() as manager:
        q = manager.Queue()
        pr = Process(target=read, args=(q,))
        pw = Process(target=write, args=(q,))
        pr.start()
        pw.start()
        pw.join()
        pr.join()
        print('DONE')
