# LEARNER (WRONG): the reader stops at the first queue.Empty of q.get(timeout=0.3), but the
# writer sleeps 0.5 s between puts (timeout 0.3 s): the reader reads only the first value and gives up.
# TARGET: Python 3.12 (venv).
# FAIR: 9/12: fail "every value written is read once..." (2) and the dependent
# "reader prints ... after the writer's first put" (1). Writer/reader/DONE checks pass.
import os
import queue
import time
from multiprocessing import Process, Queue


def writer(q):
    for v in ['1', '2', '3']:
        print('write, %s' % v)
        q.put(v)
        time.sleep(0.5)


def reader(q):
    while True:
        try:
            v = q.get(timeout=0.3)
        except queue.Empty:
            break
        print('read, %s' % v)


if __name__ == '__main__':
    q = Queue()
    w = Process(target=writer, args=(q,))
    r = Process(target=reader, args=(q,))
    w.start()
    r.start()
    w.join()
    r.join()
    print('DONE')
