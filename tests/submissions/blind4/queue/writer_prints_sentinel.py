# Learner: the writer prints and puts a sentinel `write, STOP` at the end; the reader
# stops at STOP without printing it. Every real value is written and read in order.
# Fair grade: full, or a point off for the unread "write, STOP" line: ~11-12/12.
from multiprocessing import Process, Queue

def writer(q):
    for v in ['A', 'B', 'C']:
        print('write, %s' % v)
        q.put(v)
    print('write, STOP')
    q.put('STOP')

def reader(q):
    while True:
        v = q.get()
        if v == 'STOP':
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
