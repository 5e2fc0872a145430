# LEARNER: main is the writer (puts 1,2,3 and prints "write, n" itself); only the reader is a
# child; main joins the reader and prints DONE.
# FAIR GRADE: ~5/12 -- fail: the writer is a process of its own (1), the writer is a child of
# main (1), fifo writer->reader (2), after-first-put (1); writes-at-least-3 should not count
# main's lines as a writer's (1); writer exit skipped. Reader checks (2+1), DONE (1), format (1)
# pass.
from multiprocessing import Process, Queue
import os

def read(q):
    print('Process to read: %s' % os.getpid())
    for _ in range(3):
        print('read, %s' % q.get())

if __name__ == '__main__':
    q = Queue()
    r = Process(target=read, args=(q,))
    r.start()
    for v in (1, 2, 3):
        print('write, %s' % v)
        q.put(v)
    r.join()
    print('DONE')
