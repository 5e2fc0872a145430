from multiprocessing import Process, Pipe

def child(conn):
    msg = conn.recv()
    print("Child received message", msg)
    reply = "pong"
    print("Child sending reply", reply)
    conn.send(reply)

if __name__ == "__main__":
    parent_conn, child_conn = Pipe()
    p = Process(target=child, args=(child_conn,))
    p.start()
    msg = "ping"
    print("Parent sending", msg)
    parent_conn.send(msg)
    reply = parent_conn.recv()
    print("Parent received", reply)
    p.join()
    print("DONE")
