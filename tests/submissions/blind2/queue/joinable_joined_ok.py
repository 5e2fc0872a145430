# Learner: JoinableQueue + task_done as in joinable_task_done_ok.py, but the reader stops
# at a None sentinel and main joins it before DONE.
# Fair grade: every check passes (full marks).
from multiprocessing import JoinableQueue, Process


def write(q):
    for n in range(1, 5):
        print('write, %d' % n)
        q.put(n)
    q.put(None)


def read(q):
    while True:
        n = q.get()
        q.task_done()
        if n is None:
            break
        print('read, %d' % n)


if __name__ == '__main__':
    q = JoinableQueue()
    w = Process(target=write, args=(q,))
    r = Process(target=read, args=(q,))
    w.start()
    r.start()
    w.join()
    q.join()
    r.join()
    print('DONE')
