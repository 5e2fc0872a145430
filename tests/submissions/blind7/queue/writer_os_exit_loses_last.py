# Learner (WRONG, racy): the writer ends with os._exit(0) right after its last put "to be
# quick". The queue's feeder thread has had no time to flush the last item into the pipe,
# so the reader (waiting for 3 items) blocks forever: timeout.
# Possibly racy in the program itself (the feeder may win sometimes).
# FAIR: when the last item is lost: the writer's "write, C" is never read: fifo fails (2),
# the before-check needs fifo (1), DONE never printed (1), writer exit 0 passes (os._exit(0)),
# format fails (timed out): about 7/12.
import os
import time
from multiprocessing import Process, Queue


def write(q):
    for value in ['A', 'B', 'C']:
        print('write, %s' % value)
        q.put(value)
        if value != 'C':
            time.sleep(0.1)
    os._exit(0)


def read(q):
    for _ in range(3):
        print('read, %s' % q.get())


if __name__ == '__main__':
    q = Queue()
    w = Process(target=write, args=(q,))
    r = Process(target=read, args=(q,))
    w.start()
    r.start()
    w.join()
    r.join()
    print('DONE')
