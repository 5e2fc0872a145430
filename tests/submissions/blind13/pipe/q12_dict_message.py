from multiprocessing import Process, Pipe

def child(conn):
    msg = conn.recv()
    print('recv: %s' % msg['text'])
    print('send: pong')
    conn.send({'text': 'pong'})

if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print('send: ping')
    a.send({'text': 'ping'})
    print('recv: %s' % a.recv()['text'])
    p.join()
    print('DONE')
    print('')
