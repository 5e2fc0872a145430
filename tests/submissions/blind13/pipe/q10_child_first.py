from multiprocessing import Process, Pipe

def child(conn):
    print('send: hello')
    conn.send('hello')
    print('recv: %s' % conn.recv())

if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print('recv: %s' % a.recv())
    print('send: bye')
    a.send('bye')
    p.join()
    print('DONE')
