# Learner: correct exchange, plus summary/progress sentences: main prints
# "main: sending ping now", and after the reply "main: got the reply, joining child";
# the child ends with "child done, received 1 message and sent 1 reply".
# FAIR GRADE: 12/12 (extra chatter only).
from multiprocessing import Process, Pipe

def worker(conn):
    m = conn.recv()
    print("recv: " + m)
    print("send: pong")
    conn.send("pong")
    print("child done, received 1 message and sent 1 reply")

if __name__ == "__main__":
    a, b = Pipe()
    p = Process(target=worker, args=(b,))
    p.start()
    print("main: sending ping now")
    print("send: ping")
    a.send("ping")
    r = a.recv()
    print("recv: " + r)
    print("main: got the reply, joining child")
    p.join()
    print("DONE")
