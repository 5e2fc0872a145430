# Learner: the writer process only prints; main puts the values into the Manager's queue
# (it "knows" them), so nothing the writer did reaches the reader.
# Fair grade: loses "the reader prints what it took only after the writer's first put".
from multiprocessing import Manager, Process


def write(values):
    for value in values:
        print('write, %d' % value)


def read(q):
    for _ in range(4):
        print('read, %d' % q.get())


if __name__ == '__main__':
    with Manager() as manager:
        q = manager.Queue()
        pr = Process(target=read, args=(q,))
        pr.start()
        for value in range(1, 5):
            q.put(value)
        pw = Process(target=write, args=([1, 2, 3, 4],))
        pw.start()
        pw.join()
        pr.join()
        print('DONE')
