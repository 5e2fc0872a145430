# Learner: joins only the writer, then prints DONE (reader still reading the last value
# perhaps).
# Expected: loses "DONE comes after the reader ended" in every run (nothing orders the
# reader's lines before DONE).
from multiprocessing import Process, Queue


def write(q):
    for value in [1, 2, 3, 4]:
        print('write, {}'.format(value))
        q.put(value)


def read(q):
    for _ in range(4):
        print('read, {}'.format(q.get()))


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    print('DONE')
