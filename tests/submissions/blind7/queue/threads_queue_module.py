# Learner (WRONG): uses threading.Thread and queue.Queue (the standard-library queue):
# writer and reader are threads of main, not processes.
# FAIR: low: writer/reader processes (1+2), children of main (1+1), fifo (2), before (1)
# and writer exit (1) fail. "writer writes the values" (count of writer.write_line) needs
# a writer role: fails. DONE-after-reader: no reader role: fails. Format may stay: ~1/12.
import queue
import threading
import time


def write(q):
    for v in ['A', 'B', 'C']:
        print('write, %s' % v)
        q.put(v)
        time.sleep(0.05)


def read(q):
    for _ in range(3):
        print('read, %s' % q.get())


if __name__ == '__main__':
    q = queue.Queue()
    tw = threading.Thread(target=write, args=(q,))
    tr = threading.Thread(target=read, args=(q,))
    tw.start()
    tr.start()
    tw.join()
    tr.join()
    print('DONE')
