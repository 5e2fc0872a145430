import logging
from multiprocessing import Process, Pipe

logging.basicConfig(level=logging.INFO, format='%(processName)s: %(message)s')

def child(conn):
    msg = conn.recv()
    logging.info('recv: %s', msg)
    logging.info('send: pong')
    conn.send('pong')

if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    logging.info('send: ping')
    a.send('ping')
    logging.info('recv: %s', a.recv())
    p.join()
    logging.info('DONE')
