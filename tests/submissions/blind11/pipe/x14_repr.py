from multiprocessing import Process, Pipe

def child(conn):
    msg = conn.recv()
    print('recv:', repr(msg))
    print('send:', repr('pong'))
    conn.send('pong')

if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print('send:', repr('ping'))
    a.send('ping')
    print('recv:', repr(a.recv()))
    p.join()
    print('DONE')
