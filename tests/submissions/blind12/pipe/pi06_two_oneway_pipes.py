import multiprocessing as mp

def child(inbox, outbox):
    msg = inbox.recv()
    print("recv: {}".format(msg))
    print("send: {}".format(msg.upper()))
    outbox.send(msg.upper())

if __name__ == "__main__":
    down_r, down_w = mp.Pipe(duplex=False)
    up_r, up_w = mp.Pipe(duplex=False)
    p = mp.Process(target=child, args=(down_r, up_w))
    p.start()
    print("send: hi")
    down_w.send("hi")
    print("recv: {}".format(up_r.recv()))
    p.join()
    print("DONE")
