# Learner: the child crashes on the message (calls .upper() on a dict it thinks it gets)
# before replying; main still holds the child's end open, so recv() waits forever until
# the grader's timeout.
# Fair grade: "the child receives what main sent" FAILS (the child never prints recv),
# "main receives what the child sent" FAILS, their ordering checks skip/fail, "DONE comes
# after the child ended" FAILS, "the child ends by itself (exit 0)" FAILS; "the child runs
# in a process of its own" and "the child is made by main" pass.
from multiprocessing import Pipe, Process


def child(conn):
    msg = conn.recv()
    text = msg['text'].upper()
    print('recv: %s' % text)
    print('send: pong')
    conn.send('pong')


if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print('send: ping')
    a.send('ping')
    print('recv: %s' % a.recv())
    p.join()
    print('DONE')
