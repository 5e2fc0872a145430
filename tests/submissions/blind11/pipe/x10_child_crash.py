from multiprocessing import Process, Pipe

def child(conn):
    msg = conn.recv()
    print('recv: %s' % msg)
    reply = msg.upper() / 2        # TypeError
    print('send: %s' % reply)
    conn.send(reply)

if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print('send: ping')
    a.send('ping')
    if a.poll(2):
        print('recv: %s' % a.recv())
    else:
        print('no reply from child')
    p.join()
    print('DONE')
