# Learner: writes lines with "\r\n" via sys.stdout.write (copied from Windows) and prints
# DONE with end='' (no final newline).
# Expected: full marks.
import sys
from multiprocessing import Process, Pipe


def child(conn):
    msg = conn.recv()
    sys.stdout.write('recv: %s\r\n' % msg)
    sys.stdout.write('send: pong\r\n')
    conn.send('pong')


if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    sys.stdout.write('send: ping\r\n')
    a.send('ping')
    sys.stdout.write('recv: %s\r\n' % a.recv())
    p.join()
    print('DONE', end='')
