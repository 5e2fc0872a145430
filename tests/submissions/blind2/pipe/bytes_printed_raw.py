# Learner: send_bytes/recv_bytes and prints the bytes objects as they are: "recv: b'ping'".
# Fair grade: the program is right; its output shows b'...' which a teacher might dock as
# format only. Every behaviour check should pass; the value read is "b", not "ping", so a
# regex grader may fail the fifo checks (a disagreement if so).
from multiprocessing import Pipe, Process


def child(conn):
    msg = conn.recv_bytes()
    print('recv: %s' % msg)
    print('send: %s' % b'pong')
    conn.send_bytes(b'pong')


if __name__ == '__main__':
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print('send: %s' % b'ping')
    a.send_bytes(b'ping')
    print('recv: %s' % a.recv_bytes())
    p.join()
    print('DONE')
