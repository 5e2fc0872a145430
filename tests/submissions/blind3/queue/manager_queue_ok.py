# Learner: uses multiprocessing.Manager().Queue() (read that it is "safer"); the manager is a
# server process that holds the queue, writer and reader talk to it through proxies. Writer
# puts 1..4 with a 0.5 s sleep, reader gets 4, main joins both and prints DONE.
# Fair grade: full marks (a correct, if heavier, queue).
from multiprocessing import Manager, Process
import os
import time


def write(q):
    for value in range(1, 5):
        print('write, %d' % value)
        q.put(value)
        time.sleep(0.5)


def read(q):
    for _ in range(4):
        value = q.get()
        print('read, %d' % value)


if __name__ == '__main__':
    with Manager() as manager:
        q = manager.Queue()
        pw = Process(target=write, args=(q,))
        pr = Process(target=read, args=(q,))
        pw.start()
        pr.start()
        pw.join()
        pr.join()
    print('DONE')
