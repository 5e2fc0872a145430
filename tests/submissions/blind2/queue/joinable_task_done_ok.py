# Learner: JoinableQueue; the reader calls task_done() after printing each value and runs
# as a daemon; main waits with q.join() and joins the writer, then prints DONE (the daemon
# reader is never joined; it is killed when main exits).
# Fair grade: the values are written, read in order, after the puts; DONE comes after
# every read line (q.join() waits for the task_done that follows each print). A teacher
# would pass every check; "the reader ended" is arguable since it is killed at exit.
from multiprocessing import JoinableQueue, Process


def write(q):
    for n in range(1, 5):
        print('write, %d' % n)
        q.put(n)


def read(q):
    while True:
        n = q.get()
        print('read, %d' % n)
        q.task_done()


if __name__ == '__main__':
    q = JoinableQueue()
    w = Process(target=write, args=(q,))
    r = Process(target=read, args=(q,), daemon=True)
    w.start()
    r.start()
    w.join()
    q.join()
    print('DONE')
