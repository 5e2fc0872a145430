# Learner (WRONG, racy): the reader stops when q.get(timeout=0.1) raises Empty, and the
# writer sleeps 0.1 s between puts: the reader's timeout and the writer's pace are the
# same, so in some runs the reader gives up before the last value(s) (a race that only
# sometimes shows). Main joins both and prints DONE.
# FAIR: when a value is lost: fifo fails (2) and the before-check that needs it (1):
# 9/12; when none is lost: 12/12. Differing grades here come from the PROGRAM's race.
import time
from multiprocessing import Process, Queue
from queue import Empty


def write(q):
    for v in ['A', 'B', 'C', 'D']:
        print('write, %s' % v)
        q.put(v)
        time.sleep(0.1)


def read(q):
    while True:
        try:
            v = q.get(timeout=0.1)
        except Empty:
            break
        print('read, %s' % v)


if __name__ == '__main__':
    q = Queue()
    w = Process(target=write, args=(q,))
    r = Process(target=read, args=(q,))
    w.start()
    r.start()
    w.join()
    r.join()
    print('DONE')
