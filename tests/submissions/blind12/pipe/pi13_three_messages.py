from multiprocessing import Process, Pipe

WORDS = ["alpha", "beta", "gamma"]

def echo(conn):
    for _ in WORDS:
        w = conn.recv()
        print("recv: " + w)
        print("send: " + w + "X")
        conn.send(w + "X")

if __name__ == "__main__":
    here, there = Pipe()
    p = Process(target=echo, args=(there,))
    p.start()
    for w in WORDS:
        print("send: " + w)
        here.send(w)
        print("recv: " + here.recv())
    p.join()
    print("DONE")
