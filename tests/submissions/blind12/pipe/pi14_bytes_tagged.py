from multiprocessing import Process, Pipe

def child(conn):
    data = conn.recv_bytes()
    print("[child] recv: %r" % data)
    print("[child] send: b'pong'")
    conn.send_bytes(b"pong")

if __name__ == "__main__":
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print("[main] send: b'ping'")
    a.send_bytes(b"ping")
    print("[main] recv: %r" % a.recv_bytes())
    p.join()
    print("[main] DONE")
