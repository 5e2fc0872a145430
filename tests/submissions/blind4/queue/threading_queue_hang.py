# Learner: `from queue import Queue` (the threading queue) instead of multiprocessing's.
# Each forked child gets its own copy: the writer fills its copy, the reader waits on an
# empty one forever, main's join of the reader never returns: stopped at the 20 s timeout.
# Fair grade: nothing is passed between processes: fail fifo (2), its dependent (1), DONE
# (1), the format/run-to-end: ~5-6/12 (processes and write lines are right).
from multiprocessing import Process
from queue import Queue

def writer(q):
    for v in range(1, 5):
        print(f'write, {v}')
        q.put(v)

def reader(q):
    for _ in range(4):
        print(f'read, {q.get()}')

if __name__ == '__main__':
    q = Queue()
    w = Process(target=writer, args=(q,))
    r = Process(target=reader, args=(q,))
    w.start()
    r.start()
    w.join()
    r.join()
    print('DONE')
