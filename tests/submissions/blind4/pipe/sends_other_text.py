# Learner: the child answers with a whole sentence and prints something else than it
# sends: it prints `send: hello from the child` but sends "hello there"; main prints what
# it really received: `recv: hello there`. The printed send line does not say what was sent.
# Fair grade: main's received value is not the child's printed one: fail "main receives
# what the child sent" (2) and its dependent (1): ~9/12.
from multiprocessing import Pipe, Process

def child(conn):
    msg = conn.recv()
    print("recv: " + msg)
    print("send: hello from the child")
    conn.send("hello there")

if __name__ == "__main__":
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print("send: ping")
    a.send("ping")
    print("recv: " + a.recv())
    p.join()
    print("DONE")
