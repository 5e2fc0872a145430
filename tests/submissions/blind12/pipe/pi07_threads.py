import threading
from multiprocessing import Pipe

def child(conn):
    msg = conn.recv()
    print('recv: %s' % msg)
    print('send: pong')
    conn.send('pong')

a, b = Pipe()
t = threading.Thread(target=child, args=(b,))
t.start()
print('send: ping')
a.send('ping')
print('recv: %s' % a.recv())
t.join()
print('DONE')
