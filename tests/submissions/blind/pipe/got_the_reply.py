# Learner: natural English with "got": "child got the message: ping", "main got the reply:
# pong". The verb is followed by "the", not by the value.
# Expected by the assignment ("got" accepted as the same line): full marks. Ambiguous: the
# value is the word after the verb, so the grader may read "the" as the value.
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
