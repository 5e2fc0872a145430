from multiprocessing import Process, JoinableQueue
import time


def write(q):
    for value in [1, 2, 3, 4]:
        print('write, %s' % value)
        q.put(value)
        time.sleep(0.05)


def read(q):
    while True:
        value = q.get()
        print('read, %s' % value)
        q.task_done()


if __name__ == '__main__':
    q = JoinableQueue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,), daemon=True)
    pw.start()
    pr.start()
    pw.join()
    q.join()          # wait until every item was processed
    print('DONE')
