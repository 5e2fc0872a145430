# Student: SimpleQueue with a 'STOP' sentinel (not printed), a debug line to stderr via
# sys.stderr.write, writer sleeps 1 s between puts like the seed, sys.exit(0) at the end.
# FAIR: full marks 11/11.
import sys
import time
import multiprocessing as mp


def writer(q):
    for n in range(1, 5):
        print('write, %d' % n, flush=True)
        q.put(n)
        time.sleep(1)
    q.put('STOP')


def reader(q):
    while True:
        item = q.get()
        if item == 'STOP':
            sys.stderr.write('reader: got STOP\n')
            break
        print('read, %s' % item, flush=True)


if __name__ == '__main__':
    q = mp.SimpleQueue()
    procs = [mp.Process(target=writer, args=(q,)), mp.Process(target=reader, args=(q,))]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print('DONE')
    sys.exit(0)
