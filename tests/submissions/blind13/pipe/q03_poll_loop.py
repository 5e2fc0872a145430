import time
from multiprocessing import Process, Pipe

def child(conn):
    while not conn.poll(0.05):
        pass
    msg = conn.recv()
    print('recv: ' + msg)
    print('send: pong')
    conn.send('pong')

if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    time.sleep(0.2)
    print('send: ping')
    a.send('ping')
    while not a.poll(0.05):
        pass
    print('recv: ' + a.recv())
    p.join()
    print('DONE')
