# wrong: the reader of a JoinableQueue prints each value from its own copy of the list before taking the item
from multiprocessing import Process, JoinableQueue

VALUES = ['a', 'b', 'c', 'd']


def writer(q):
    for v in VALUES:
        print('write, %s' % v)
        q.put(v)


def reader(q):
    for v in VALUES:
        print('read, %s' % v)
        q.get()
        q.task_done()


if __name__ == '__main__':
    q = JoinableQueue()
    w = Process(target=writer, args=(q,))
    r = Process(target=reader, args=(q,))
    w.start()
    r.start()
    q.join()
    w.join()
    r.join()
    print('DONE')
