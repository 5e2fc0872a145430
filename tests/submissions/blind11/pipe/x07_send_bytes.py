import multiprocessing as mp

def child(conn):
    data = conn.recv_bytes().decode("utf-8")
    print(f"recv: {data}")
    print("send: pong")
    conn.send_bytes("pong".encode("utf-8"))

if __name__ == "__main__":
    parent_end, child_end = mp.Pipe(duplex=True)
    proc = mp.Process(target=child, args=(child_end,))
    proc.start()
    print("send: ping")
    parent_end.send_bytes(b"ping")
    print(f"recv: {parent_end.recv_bytes().decode()}")
    proc.join()
    print("DONE")
