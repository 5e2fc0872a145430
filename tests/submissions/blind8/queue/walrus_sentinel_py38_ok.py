# LEARNER: Python 3.8 walrus loop `while (value := q.get()) is not None:` in the reader; the
# writer puts A, B, C then None; main joins writer and reader, prints DONE. f-strings.
# TARGET: Python 3.8 (also graded under 3.13).
# FAIR: 12/12 (full).
from multiprocessing import Process, Queue
import os
import time


def write(q):
    print(f'Process to write: {os.getpid()}')
    for value in ['A', 'B', 'C']:
        print(f'Put {value} to queue...')
        q.put(value)
        time.sleep(0.1)
    q.put(None)


def read(q):
    print(f'Process to read: {os.getpid()}')
    while (value := q.get()) is not None:
        print(f'Get {value} from queue.')


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    pr.join()
    print('DONE')
