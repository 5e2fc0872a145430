# correct-variant: closes the unused ends in each process, lowercase + extra debug/"starting" lines, extra spaces
import os
from multiprocessing import Process, Pipe


def child(a, b):
    a.close()
    print("debug child pid", os.getpid())
    msg = b.recv()
    print("recv:  %s" % msg)
    print("send:  pong")
    b.send("pong")
    b.close()


if __name__ == "__main__":
    print("starting")
    a, b = Pipe()
    p = Process(target=child, args=(a, b))
    p.start()
    b.close()
    print("send:  ping")
    a.send("ping")
    print("recv:  %s" % a.recv())
    p.join()
    print("debug exitcode", p.exitcode)
    print("DONE")
