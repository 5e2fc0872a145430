# Student: forgot pw.start(): only the reader runs; main's pw.join() raises AssertionError
# ("can only join a started process"); at exit Python joins the non-daemon reader, which
# waits forever for a value: the program hangs.
# FAIR: ~1-2/12 (a reader exists, child of main), ending timed out; the report should name
# main's AssertionError and the reader stuck waiting.
from multiprocessing import Process, Queue


def write(q):
    for v in 'ABCD':
        print('write, %s' % v)
        q.put(v)


def read(q):
    for _ in range(4):
        print('read, %s' % q.get())


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pr.start()
    pw.join()
    pr.join()
    print('DONE')
