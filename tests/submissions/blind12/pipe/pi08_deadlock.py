from multiprocessing import Process, Pipe

def child(conn):
    msg = conn.recv()
    print('recv: %s' % msg)
    conn.send('pong')

if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    reply = a.recv()     # waits for the child first: nobody sends
    print('recv: %s' % reply)
    a.send('ping')
    p.join()
    print('DONE')
