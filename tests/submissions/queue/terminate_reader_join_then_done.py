# right: the other tutorial's reader loops forever and is terminated; this learner waits
# until every item was handled (a JoinableQueue's join) before terminating it, and joins the
# terminated reader before printing DONE: DONE comes after the reader ended (killed by
# SIGTERM, an end all the same).
from multiprocessing import Process, JoinableQueue
import os
import time


def write(q):
    print('Process to write: %s' % os.getpid())
    for value in ['A', 'B', 'C']:
        print('Put %s to queue...' % value)
        q.put(value)
        time.sleep(0.1)


def read(q):
    print('Process to read: %s' % os.getpid())
    while True:
        value = q.get(True)
        print('Get %s from queue.' % value)
        q.task_done()


if __name__ == '__main__':
    q = JoinableQueue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    q.join()
    pr.terminate()
    pr.join()
    print('DONE')
