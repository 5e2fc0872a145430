# Student: creates the Queue inline in each Process(...) call, so writer and reader get two
# DIFFERENT queues. The reader blocks forever on its empty queue; main's reader.join()
# never returns: the run is stopped at the time limit.
# FAIR: writer/reader exist, children of main, writer writes 4 and exits 0 (1+2+1+1+1+1=7);
# fifo (2), after-put (1), DONE (1) fail: ~7/11; ending timed out; ideally named deadlock
# (reader waits on a pipe nobody will write, main waits for the reader).
import os, time
from multiprocessing import Process, Queue


def write(q):
    for value in ['A', 'B', 'C', 'D']:
        print('write, %s' % value)
        q.put(value)
        time.sleep(0.2)


def read(q):
    while True:
        value = q.get(True)
        print('read, %s' % value)
        if value == 'D':
            break


if __name__ == '__main__':
    pw = Process(target=write, args=(Queue(),))
    pr = Process(target=read, args=(Queue(),))
    pw.start()
    pr.start()
    pw.join()
    pr.join()
    print('DONE')
