# Learner: `for v in iter(q.get, 'STOP')` in the reader; multi-argument print
# ('write,', v) gives "write, 1"; main puts the STOP sentinel after joining the writer.
# Fair grade: every check passes (full marks).
from multiprocessing import Process, Queue


def write(q):
    for v in range(1, 5):
        print('write,', v)
        q.put(v)


def read(q):
    for v in iter(q.get, 'STOP'):
        print('read,', v)


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    q.put('STOP')
    pr.join()
    print('DONE')
