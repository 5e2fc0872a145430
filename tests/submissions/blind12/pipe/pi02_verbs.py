from multiprocessing import Process, Pipe

def worker(conn):
    m = conn.recv()
    print(f"Child received: {m}")
    print("Child sending reply: world")
    conn.send("world")

if __name__ == "__main__":
    parent_conn, child_conn = Pipe()
    proc = Process(target=worker, args=(child_conn,))
    proc.start()
    print("Parent sending message: hello")
    parent_conn.send("hello")
    r = parent_conn.recv()
    print(f"Parent got reply: {r}")
    proc.join()
    print("DONE")
