# correct-variant: the other tutorial's wording with f-strings, no sleeps, numbers for values, the reader counts what it expects
from multiprocessing import Process, Queue
import os


def write(q):
    print(f'Process to write: {os.getpid()}')
    for value in [10, 20, 30]:
        print(f'Put {value} to queue...')
        q.put(value)


def read(q):
    print(f'Process to read: {os.getpid()}')
    count = 0
    while count < 3:
        value = q.get(True)
        print(f'Get {value} from queue.')
        count += 1


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start()
    pr.start()
    pw.join()
    pr.join()
    print('DONE')
