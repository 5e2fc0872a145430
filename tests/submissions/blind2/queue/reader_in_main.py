# Learner: only a writer process; main itself reads the values.
# Fair grade: "the reader is a process of its own" FAILS, "the reader is a child of main"
# skipped/fails, "every value written is read once ... (fifo)" FAILS (no reader process),
# its dependent fails/skips, "DONE comes after the reader ended" FAILS; the writer checks
# pass.
from multiprocessing import Process, Queue


def write(q):
    for value in [1, 2, 3]:
        print('write, %s' % value)
        q.put(value)


if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pw.start()
    for _ in range(3):
        print('read, %s' % q.get())
    pw.join()
    print('DONE')
