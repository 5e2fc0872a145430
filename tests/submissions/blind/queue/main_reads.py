# Learner: no reader process: main reads the queue itself.
# Expected: loses "the reader is a process of its own" (2), "the reader is a child of main"
# (needs), and the fifo check (read lines are main's, role reader = main?); DONE ordering
# is ambiguous.
from multiprocessing import Process, Queue


def write(q):
    for value in [1, 2, 3, 4]:
        print('write, %s' % value)
        q.put(value)


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pw.start()
    for _ in range(4):
        print('read, %s' % q.get())
    pw.join()
    print('DONE')
