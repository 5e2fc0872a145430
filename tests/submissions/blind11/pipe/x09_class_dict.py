from multiprocessing import Process, Pipe
import os


class Echo:
    def __init__(self):
        self.parent_end, self.child_end = Pipe()

    def child_main(self):
        msg = self.child_end.recv()
        print("[%d] recv: %s" % (os.getpid(), msg["text"]))
        print("[%d] send: pong" % os.getpid())
        self.child_end.send({"text": "pong"})

    def run(self):
        p = Process(target=self.child_main)
        p.start()
        print("[%d] send: ping" % os.getpid())
        self.parent_end.send({"text": "ping"})
        reply = self.parent_end.recv()
        print("[%d] recv: %s" % (os.getpid(), reply["text"]))
        p.join()
        print("DONE")


if __name__ == "__main__":
    Echo().run()
