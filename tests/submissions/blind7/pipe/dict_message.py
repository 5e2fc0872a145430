# Learner: sends a dict {'msg': 'ping'} and prints the whole object on both sides:
# "send: {'msg': 'ping'}", "recv: {'msg': 'ping'}", reply {'msg': 'pong'}.
# FAIR: 12/12 or 11/12: the exchange is right and each side prints what it sends/got;
# the printed text is the dict's repr rather than a bare word (a teacher might dock the
# format point). Behaviour checks should pass.
from multiprocessing import Process, Pipe


def child(conn):
    m = conn.recv()
    print("recv: %s" % m)
    reply = {"msg": "pong"}
    print("send: %s" % reply)
    conn.send(reply)


if __name__ == "__main__":
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    m = {"msg": "ping"}
    print("send: %s" % m)
    a.send(m)
    print("recv: %s" % a.recv())
    p.join()
    print("DONE")
