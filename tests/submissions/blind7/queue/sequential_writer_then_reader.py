# Learner: starts the writer, joins it, THEN starts the reader (one after the other:
# "so the reader never waits"). The items stay in the queue's pipe; the reader reads
# them all in order. Both are processes, children of main, DONE after the reader.
# FAIR: 12/12 by the assignment text (a writer and a reader process communicating through
# a queue, values read in order, after they were put); a teacher might remark that
# nothing runs concurrently, but no check asks for overlap.
import os
from multiprocessing import Process, Queue


def write(q):
    print('Process to write: %s' % os.getpid())
    for value in ['A', 'B', 'C']:
        print('Put %s to queue...' % value)
        q.put(value)


def read(q):
    print('Process to read: %s' % os.getpid())
    for _ in range(3):
        value = q.get(True)
        print('Get %s from queue.' % value)


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pw.start()
    pw.join()
    pr = Process(target=read, args=(q,))
    pr.start()
    pr.join()
    print('DONE')
