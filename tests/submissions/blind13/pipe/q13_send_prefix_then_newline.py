from multiprocessing import Process, Pipe
import sys

def child(conn):
    msg = conn.recv()
    print('recv: %s' % msg)
    sys.stdout.write('send: pong')
    sys.stdout.flush()
    conn.send('pong')
    sys.stdout.write('\n')

if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    sys.stdout.write('send: ping')
    sys.stdout.flush()
    a.send('ping')
    sys.stdout.write('\n')
    print('recv: %s' % a.recv())
    p.join()
    print('DONE')
