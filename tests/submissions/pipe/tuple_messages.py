# correct-variant: sends (pid, word) tuples and prints the sender's pid too; .format
import os
from multiprocessing import Process, Pipe


def child(conn):
    pid, word = conn.recv()
    print("recv: {} from {}".format(word, pid))
    print("send: pong")
    conn.send((os.getpid(), "pong"))


if __name__ == "__main__":
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    print("send: ping")
    a.send((os.getpid(), "ping"))
    pid, word = a.recv()
    print("recv: {} from {}".format(word, pid))
    p.join()
    print("DONE")
