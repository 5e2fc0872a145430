from multiprocessing import Process, Pipe

def child(conn):
    for _ in range(3):
        msg = conn.recv()
        print('recv: %s' % msg)
        reply = msg.upper()
        print('send: %s' % reply)
        conn.send(reply)

if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    for word in ['ping', 'hello', 'bye']:
        print('send: %s' % word)
        a.send(word)
        print('recv: %s' % a.recv())
    p.join()
    print('DONE')
