# Learner (Windows habit): writes each line with sys.stdout.write('write, %s\r\n'); the
# reader counts 3 items; parent joins both, prints DONE\r\n.
# FAIR: 12/12 (the \r is a line ending, not part of the text); a docked format point
# (11/12) is defensible but harsh.
import sys
import time
from multiprocessing import Process, Queue


def write(q):
    for value in ['A', 'B', 'C']:
        sys.stdout.write('write, %s\r\n' % value)
        sys.stdout.flush()
        q.put(value)
        time.sleep(0.1)


def read(q):
    for _ in range(3):
        value = q.get(True)
        sys.stdout.write('read, %s\r\n' % value)
        sys.stdout.flush()


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    pr.join()
    sys.stdout.write('DONE\r\n')
