# correct-variant: two one-way Pipe(duplex=False) pairs, "sending"/"got" wording, extra prints
from multiprocessing import Process, Pipe


def child(inbox, outbox):
    word = inbox.recv()
    print("got %s" % word)
    print("sending pong")
    outbox.send("pong")
    print("child done")


if __name__ == "__main__":
    down_r, down_w = Pipe(duplex=False)
    up_r, up_w = Pipe(duplex=False)
    p = Process(target=child, args=(down_r, up_w))
    p.start()
    print("sending ping")
    down_w.send("ping")
    print("got %s" % up_r.recv())
    p.join()
    print("DONE")
