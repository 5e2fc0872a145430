import os
from multiprocessing import Process, Pipe

def child(parent_end, child_end):
    parent_end.close()                 # not used here
    msg = child_end.recv()
    print('recv: %s' % msg)
    print('send: pong')
    child_end.send('pong')
    child_end.close()

if __name__ == '__main__':
    parent_end, child_end = Pipe()
    p = Process(target=child, args=(parent_end, child_end))
    p.start()
    child_end.close()                  # only the child uses it
    print('send: ping')
    parent_end.send('ping')
    try:
        print('recv: %s' % parent_end.recv())
    except EOFError:
        print('child closed the pipe')
    p.join()
    print('DONE')
