# Learner: writes with sys.stdout.write, a tab after the colon and Windows "\r\n" endings.
# Behaviour is right.
# Fair grade: full, or the format check only (~11/12).
import sys
from multiprocessing import Pipe, Process

def child(conn):
    msg = conn.recv()
    sys.stdout.write("recv:\t%s\r\n" % msg)
    sys.stdout.write("send:\tpong\r\n")
    conn.send("pong")

if __name__ == "__main__":
    a, b = Pipe()
    p = Process(target=child, args=(b,))
    p.start()
    sys.stdout.write("send:\tping\r\n")
    a.send("ping")
    sys.stdout.write("recv:\t%s\r\n" % a.recv())
    p.join()
    sys.stdout.write("DONE\r\n")
