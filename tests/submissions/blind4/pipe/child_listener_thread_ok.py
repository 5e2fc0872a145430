# Learner (from a chat-server tutorial): the child receives in a listener thread, which
# prints what it received and answers; the child's main thread joins the listener.
# Every line is printed in the right place relative to its send/recv.
# Fair grade: full marks (12/12). (Schedule-dependent: graded 4 times.)
import threading
from multiprocessing import Pipe, Process

def listen(conn):
    msg = conn.recv()
    print("recv: " + msg)
    print("send: pong")
    conn.send("pong")

def child(conn):
    t = threading.Thread(target=listen, args=(conn,))
    t.start()
    t.join()

if __name__ == "__main__":
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print("send: ping")
    a.send("ping")
    print("recv: " + a.recv())
    p.join()
    print("DONE")
