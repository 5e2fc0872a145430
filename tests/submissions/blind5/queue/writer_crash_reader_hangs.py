# LEARNER: the writer has a typo before its first put (`q.puts(v)` -> AttributeError) after printing
# "write, 1"; the reader blocks forever in q.get(); main hangs in join -> the run times out.
# FAIR GRADE: ~4/12 -- pass the two "process of its own" (1+2) and two "child of main" (1+1)
# checks? the writer writes only 1 value (<3) -> fail; fifo fail (2), after-first-put fail/skip
# (1), DONE fail (1), writer exit fail (1), format fail (did not end). Expected ~5.
from multiprocessing import Process, Queue

def write(q):
    for v in (1, 2, 3):
        print('write, %d' % v)
        q.puts(v)

def read(q):
    while True:
        print('read, %d' % q.get())

if __name__ == '__main__':
    q = Queue()
    w = Process(target=write, args=(q,))
    r = Process(target=read, args=(q,))
    w.start()
    r.start()
    w.join()
    r.join()
    print('DONE')
