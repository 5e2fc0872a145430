# Learner: the queue is a module-level global and the two Process subclasses use it in
# run() (works because fork copies it; would break under spawn).
# Fair grade: full marks.
from multiprocessing import Process, Queue

q = Queue()

class Writer(Process):
    def run(self):
        for v in 'ABCD':
            print('write, ' + v)
            q.put(v)

class Reader(Process):
    def run(self):
        for _ in range(4):
            print('read, ' + q.get())

if __name__ == '__main__':
    w, r = Writer(), Reader()
    w.start(); r.start()
    w.join(); r.join()
    print('DONE')
