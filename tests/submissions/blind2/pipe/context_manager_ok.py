# Learner: uses the connections as context managers (`with a, b:`) and .format.
# 中文: 父进程发送 ping, 子进程回复 pong.
# Fair grade: every check passes (full marks).
from multiprocessing import Pipe, Process


def child(conn):
    with conn:
        msg = conn.recv()
        print('recv: {}'.format(msg))
        print('send: {}'.format('pong'))
        conn.send('pong')


if __name__ == '__main__':
    a, b = Pipe()
    with a:
        p = Process(target=child, args=(b,))
        p.start()
        print('send: {}'.format('ping'))
        a.send('ping')
        print('recv: {}'.format(a.recv()))
        p.join()
    print('DONE')
