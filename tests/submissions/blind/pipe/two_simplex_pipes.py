# Learner: two one-way pipes (duplex=False) instead of one duplex pipe; .format.
# Expected: full marks.
from multiprocessing import Process, Pipe


def child(rx, tx):
    msg = rx.recv()
    print('recv: {}'.format(msg))
    print('send: {}'.format('pong'))
    tx.send('pong')


if __name__ == '__main__':
    c_rx, p_tx = Pipe(duplex=False)
    p_rx, c_tx = Pipe(duplex=False)
    p = Process(target=child, args=(c_rx, c_tx))
    p.start()
    print('send: {}'.format('ping'))
    p_tx.send('ping')
    print('recv: {}'.format(p_rx.recv()))
    p.join()
    print('DONE')
