# LEARNER: sends "ping" into the Pipe BEFORE starting the child (it waits in the socket buffer),
# printing the send line first. Then starts the child, which receives it and answers.
# FAIR GRADE: 12/12 (full; the order still comes from the message itself).
from multiprocessing import Process, Pipe

def child(conn):
    m = conn.recv()
    print("recv:", m)
    print("send:", "pong")
    conn.send("pong")

if __name__ == "__main__":
    here, there = Pipe()
    print("send:", "ping")
    here.send("ping")
    p = Process(target=child, args=(there,))
    p.start()
    print("recv:", here.recv())
    p.join()
    print("DONE")
