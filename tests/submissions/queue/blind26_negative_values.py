# Learner (blind26): negative values and a sentinel; `write, -1` is in the assignment's format.
# Fair grade: full marks.
from multiprocessing import Process, Queue


def write(q):
    for n in [-1, -2, -3]:
        print(f'write, {n}')
        q.put(n)
    q.put(None)


def read(q):
    while (n := q.get()) is not None:
        print(f'read, {n}')


if __name__ == '__main__':
    q = Queue()
    procs = [Process(target=write, args=(q,)), Process(target=read, args=(q,))]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print('DONE')
