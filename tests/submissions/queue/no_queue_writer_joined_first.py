# Queue assignment without a Queue (an attack): the writer prints its lines and ends; main joins it and
# only then starts the reader, which prints the same values. No item ever travels.
from multiprocessing import Process
import os


def write():
    print('Process to write: %s' % os.getpid())
    for value in ['A', 'B', 'C']:
        print('Put %s to queue...' % value)


def read():
    print('Process to read: %s' % os.getpid())
    for value in ['A', 'B', 'C']:
        print('Get %s from queue.' % value)


if __name__ == '__main__':
    pw = Process(target=write)
    pw.start()
    pw.join()
    pr = Process(target=read)
    pr.start()
    pr.join()
    print('DONE')
