from multiprocessing import Process, Pipe


def child(parent_end, child_end):
    parent_end.close()          # not mine
    msg = child_end.recv()
    print('recv: %s' % msg)
    print('send: pong')
    child_end.send('pong')
    child_end.close()


if __name__ == '__main__':
    parent_end, child_end = Pipe()
    p = Process(target=child, args=(parent_end, child_end))
    p.start()
    child_end.close()           # not mine
    print('send: ping')
    parent_end.send('ping')
    print('recv: %s' % parent_end.recv())
    p.join()
    print('DONE')
