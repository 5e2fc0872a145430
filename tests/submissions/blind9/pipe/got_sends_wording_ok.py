# Student: correct, free wording: "parent sends ping", "child got ping", "child sends pong",
# "parent got pong"; f-string with recv() inside the print (received before printed).
# FAIR: full marks 11/11.
from multiprocessing import Process, Pipe


def child(conn):
    print(f"child got {conn.recv()}")
    print("child sends pong")
    conn.send("pong")


if __name__ == "__main__":
    here, there = Pipe()
    p = Process(target=child, args=(there,))
    p.start()
    print("parent sends ping")
    here.send("ping")
    print(f"parent got {here.recv()}")
    p.join()
    print("DONE")
