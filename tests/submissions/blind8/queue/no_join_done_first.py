# LEARNER (WRONG): starts writer and reader and prints DONE right away without joining either
# (thinks start() blocks). The reader stops at a None sentinel, the children are non-daemon
# so they still finish (multiprocessing joins them at exit).
# TARGET: Python 3.6 (f-strings).
# FAIR: 11/12: fail "DONE comes after the reader ended (the parent joins it)" (1).
from multiprocessing import Process, Queue


def writer(q):
    for v in ['A', 'B', 'C']:
        print(f'write, {v}')
        q.put(v)
    q.put(None)


def reader(q):
    while True:
        v = q.get()
        if v is None:
            break
        print(f'read, {v}')


if __name__ == '__main__':
    q = Queue()
    Process(target=writer, args=(q,)).start()
    Process(target=reader, args=(q,)).start()
    print('DONE')
