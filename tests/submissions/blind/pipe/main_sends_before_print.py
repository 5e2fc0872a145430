# Learner: sends first, prints "send: ping" afterwards (the assignment asks to print
# before sending). The child may print "recv: ping" before main's "send: ping".
# Expected: the assignment says to print before sending; the check "the child prints what
# it received after main sent it" is by happens-before on the send line, so fails every
# run (nothing orders main's late print before the child's recv line).
from multiprocessing import Process, Pipe


def child(conn):
    msg = conn.recv()
    print('recv: %s' % msg)
    print('send: pong')
    conn.send('pong')


if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    a.send('ping')
    print('send: ping')
    print('recv: %s' % a.recv())
    p.join()
    print('DONE')
