# LEARNER (WRONG, racy): reader loops `while not q.empty(): print('read, ' + q.get())` while
# the writer runs at the same time; the reader usually starts before the first item reaches
# the pipe, sees an empty queue and ends having read nothing (or some). Writer and reader
# are joined, DONE last.
# TARGET: Python 3.6.
# FAIR: 8/12 in a run where the reader reads nothing: fail fifo (2) + dependent (1), and the
# "DONE comes after the reader ended" check (1) (known: it looks at read lines, blind/README);
# it may vary if the reader sometimes reads items (a racy program).
from multiprocessing import Process, Queue
import time


def writer(q):
    for v in ['A', 'B', 'C']:
        print('write, %s' % v)
        q.put(v)
        time.sleep(0.05)


def reader(q):
    while not q.empty():
        print('read, %s' % q.get())


if __name__ == '__main__':
    q = Queue()
    w = Process(target=writer, args=(q,))
    r = Process(target=reader, args=(q,))
    w.start(); r.start()
    w.join(); r.join()
    print('DONE')
