# Learner: the reader stops at a None sentinel the writer puts last; f-strings.
# Fair grade: every check passes (full marks).
from multiprocessing import Process, Queue


def writer(q):
    for v in ['A', 'B', 'C']:
        print(f'write, {v}')
        q.put(v)
    q.put(None)


def reader(q):
    while True:
        v = q.get()
        if v is None:
            break
        print(f'read, {v}')


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=writer, args=(q,))
    pr = Process(target=reader, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    pr.join()
    print('DONE')
