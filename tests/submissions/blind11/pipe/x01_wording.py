from multiprocessing import Process, Pipe

def child(conn):
    msg = conn.recv()
    print("Child received: %s" % msg)
    print("Child sending reply: pong")
    conn.send("pong")
    conn.close()

if __name__ == "__main__":
    parent_conn, child_conn = Pipe()
    p = Process(target=child, args=(child_conn,))
    p.start()
    print("Parent sent: ping")
    parent_conn.send("ping")
    reply = parent_conn.recv()
    print("Parent got: %s" % reply)
    p.join()
    print("DONE")
