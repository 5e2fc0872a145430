import argparse
import sys
import time
from multiprocessing import Process, Queue


def write(q, n):
    for value in range(1, n + 1):
        print('write, %d' % value)
        q.put(value)
        time.sleep(0.05)


def read(q, n):
    for _ in range(n):
        print('read, %d' % q.get())


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument('--count', type=int, default=4)
    args = ap.parse_args(argv)
    q = Queue()
    workers = [Process(target=write, args=(q, args.count)),
               Process(target=read, args=(q, args.count))]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print('DONE')
    return 0


if __name__ == '__main__':
    sys.exit(main())
