# Learner: prints `write,<TAB>n` and `read,<TAB>n` (a tab instead of the space).
# Behaviour right.
# Fair grade: format only (~1.1): ~11/12.
from multiprocessing import Process, Queue

def writer(q):
    for v in range(1, 5):
        print(f'write,\t{v}')
        q.put(v)

def reader(q):
    for _ in range(4):
        v = q.get()
        print(f'read,\t{v}')

if __name__ == '__main__':
    q = Queue()
    w = Process(target=writer, args=(q,))
    r = Process(target=reader, args=(q,))
    w.start(); r.start()
    w.join(); r.join()
    print('DONE')
