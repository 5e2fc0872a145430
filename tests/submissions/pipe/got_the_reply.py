# correct-variant: natural English with "got": "child got the message: ping", "main got the reply: pong"; the
# value is the word after the colon, not the "the" after the verb
from multiprocessing import Process, Pipe


def child(conn):
    msg = conn.recv()
    print('child got the message: %s' % msg)
    print('send: pong')
    conn.send('pong')


if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print('send: ping')
    a.send('ping')
    reply = a.recv()
    print('main got the reply: %s' % reply)
    p.join()
    print('DONE')
