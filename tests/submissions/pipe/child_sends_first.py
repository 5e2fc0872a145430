# variant: the child speaks first ("hello"), the parent answers ("hi"), flush=True prints; the assignment has main send first and the child reply, so it loses that point only (red team round 24)
from multiprocessing import Process, Pipe


def child(conn):
    print("send: hello", flush=True)
    conn.send("hello")
    print("recv: %s" % conn.recv(), flush=True)


if __name__ == "__main__":
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    msg = a.recv()
    print("recv: %s" % msg, flush=True)
    print("send: hi", flush=True)
    a.send("hi")
    p.join()
    print("DONE")
