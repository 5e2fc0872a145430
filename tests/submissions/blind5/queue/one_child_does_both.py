# LEARNER: a single child process both writes and reads (it puts 1,2,3 into the queue and then gets
# them back itself); main starts/joins that one child and prints DONE. No separate reader.
# FAIR GRADE: ~5/12 -- the writer checks pass (1+1+1+1), but there is no reader process: fail
# "the reader is a process of its own" (2) and "child of main" (1), the fifo writer->reader (2),
# after-first-put (1); DONE after the reader (1) arguably fails. Format (1) passes. ~5-6.
from multiprocessing import Process, Queue

def work(q):
    for v in (1, 2, 3):
        print('write, %d' % v)
        q.put(v)
    for _ in range(3):
        print('read, %d' % q.get())

if __name__ == '__main__':
    q = Queue()
    p = Process(target=work, args=(q,))
    p.start()
    p.join()
    print('DONE')
