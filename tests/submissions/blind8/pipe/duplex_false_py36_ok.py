# LEARNER: two one-way pipes made with Pipe(duplex=False) (one per direction), f-strings.
# main: "send: ping", child: "recv: ping", "send: pong", main: "recv: pong", join, "DONE".
# TARGET: Python 3.6.
# FAIR: 12/12 (full).
from multiprocessing import Process, Pipe


def child(rx, tx):
    msg = rx.recv()
    print(f"recv: {msg}")
    print("send: pong")
    tx.send("pong")


if __name__ == "__main__":
    to_child_r, to_child_w = Pipe(duplex=False)
    to_main_r, to_main_w = Pipe(duplex=False)
    p = Process(target=child, args=(to_child_r, to_main_w))
    p.start()
    print("send: ping")
    to_child_w.send("ping")
    reply = to_main_r.recv()
    print(f"recv: {reply}")
    p.join()
    print("DONE")
