from multiprocessing import Process, Pipe


def child(inbox, outbox):
    msg = inbox.recv()
    print('recv: %s' % msg)
    print('send: pong')
    outbox.send('pong')


if __name__ == '__main__':
    to_child_r, to_child_w = Pipe(duplex=False)
    to_parent_r, to_parent_w = Pipe(duplex=False)
    p = Process(target=child, args=(to_child_r, to_parent_w))
    p.start()
    print('send: ping')
    to_child_w.send('ping')
    print('recv: %s' % to_parent_r.recv())
    p.join()
    print('DONE')
