# Student: sends a 1 MB message before starting the child: send() blocks on the full pipe,
# nobody reads, main is stuck forever; the child is never started.
# FAIR: 0/11 (no child); ending timed out. Ideally the report says main is blocked sending
# into a pipe nobody reads (a one-process "deadlock").
from multiprocessing import Process, Pipe


def child(conn):
    data = conn.recv()
    print('recv: big%d' % len(data))
    conn.send('pong')
    print('send: pong')


if __name__ == '__main__':
    parent_conn, child_conn = Pipe()
    data = 'x' * (1 << 20)
    print('send: big%d' % len(data))
    parent_conn.send(data)
    p = Process(target=child, args=(child_conn,))
    p.start()
    print('recv: %s' % parent_conn.recv())
    p.join()
    print('DONE')
