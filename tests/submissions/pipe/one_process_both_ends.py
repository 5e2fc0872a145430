# wrong: no child at all: one process sends on a and receives on b, then answers itself
from multiprocessing import Pipe


if __name__ == '__main__':
    a, b = Pipe()
    print('send: ping')
    a.send('ping')
    print('recv: %s' % b.recv())
    print('send: pong')
    b.send('pong')
    print('recv: %s' % a.recv())
    print('DONE')
