import logging
from multiprocessing import Process, Queue

logging.basicConfig(level=logging.INFO, format='%(levelname)s:%(processName)s:%(message)s')

def write(q):
    for value in [1, 2, 3, 4]:
        logging.info('write, %s', value)
        q.put(value)

def read(q):
    for _ in range(4):
        logging.info('read, %s', q.get())

if __name__ == '__main__':
    q = Queue()
    pw = Process(target=write, args=(q,))
    pr = Process(target=read, args=(q,))
    pw.start(); pr.start()
    pw.join(); pr.join()
    logging.info('DONE')
