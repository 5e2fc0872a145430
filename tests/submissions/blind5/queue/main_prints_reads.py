# LEARNER: results printed in the wrong process: the reader child gets the values and sends them
# back to main on a second queue; MAIN prints "read, n" for each, then joins and prints DONE.
# FAIR GRADE: ~8/12 -- fail fifo writer->reader (2, the reader prints nothing) and its dependent
# (1), and "DONE comes after the reader ended" arguably (1, no reader line); the processes,
# writes, exits pass.
from multiprocessing import Process, Queue

def write(q):
    for v in (1, 2, 3):
        print('write, %d' % v)
        q.put(v)

def read(q, back):
    for _ in range(3):
        back.put(q.get())

if __name__ == '__main__':
    q, back = Queue(), Queue()
    w = Process(target=write, args=(q,))
    r = Process(target=read, args=(q, back))
    w.start(); r.start()
    for _ in range(3):
        print('read, %d' % back.get())
    w.join(); r.join()
    print('DONE')
