# LEARNER: JoinableQueue; the writer puts 3 values then calls q.join() to "wait until read", but
# the reader never calls task_done() -> the writer blocks forever, main's w.join() hangs, the run
# times out. The reader printed all 3 values correctly.
# FAIR GRADE: ~9/12 -- fail DONE (1), "the writer ends by itself" (1, killed at the timeout) and
# the format (run did not end, 1). Processes, fifo, after-first-put pass.
from multiprocessing import Process, JoinableQueue

def write(q):
    for v in (1, 2, 3):
        print('write, %d' % v)
        q.put(v)
    q.join()

def read(q):
    for _ in range(3):
        print('read, %d' % q.get())

if __name__ == '__main__':
    q = JoinableQueue()
    w = Process(target=write, args=(q,))
    r = Process(target=read, args=(q,))
    w.start(); r.start()
    w.join(); r.join()
    print('DONE')
