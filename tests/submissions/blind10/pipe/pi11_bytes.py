from multiprocessing import Process, Pipe
import os

def child(conn):
    msg = conn.recv_bytes().decode()
    print('recv: ' + msg)
    print('send: pong')
    conn.send_bytes(b'pong')
    os._exit(0)

if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print('send: ping')
    a.send_bytes(b'ping')
    print('recv: ' + a.recv_bytes().decode())
    p.join()
    print('DONE')
